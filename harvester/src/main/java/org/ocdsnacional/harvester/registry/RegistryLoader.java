package org.ocdsnacional.harvester.registry;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@code registry.yaml}. The YAML is composed into nodes (not bound to objects) so that every mistake is
 * reported with its file and line; all sources are checked, and every mistake found is reported at once.
 */
public final class RegistryLoader {

    private RegistryLoader() {
    }

    public static Registry load(Path file) throws RegistryException {
        Node root = compose(file);
        YamlMapping top = YamlMapping.of(root, file, "", "the registry");
        top.allowOnly(List.of("sources"), "top-level key", "");
        Node list = top.required("sources");
        if (!(list instanceof SequenceNode sources)) {
            throw top.problem(list, "\"sources\" must be a list of sources");
        }
        return sources(file, sources);
    }

    private static Registry sources(Path file, SequenceNode list) throws RegistryException {
        SourceParser parser = new SourceParser(file);
        List<Source> sources = new ArrayList<>();
        List<RegistryProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        int position = 0;
        for (Node node : list.getValue()) {
            position++;
            try {
                Source source = parser.parse(node, position);
                duplicate(file, node, source.id(), firstLines).ifPresent(problems::add);
                sources.add(source);
            } catch (RegistryException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegistryException(problems);
        }
        return Registry.of(sources);
    }

    private static Optional<RegistryProblem> duplicate(Path file, Node node, String id, Map<String, Integer> lines) {
        int line = YamlMapping.line(node);
        Integer first = lines.putIfAbsent(id, line);
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new RegistryProblem(file, line,
                "source \"" + id + "\": duplicate id (first used at line " + first + ")"));
    }

    private static Node compose(Path file) throws RegistryException {
        LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Compose(settings).composeReader(reader)
                    .orElseThrow(() -> RegistryException.at(file, 0, "the registry is empty"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            throw RegistryException.at(file, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw RegistryException.at(file, 0, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw RegistryException.at(file, 0, "cannot read the registry: " + e);
        }
    }
}
