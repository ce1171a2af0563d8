package org.ocdsnacional.harvester.registry;

import org.snakeyaml.engine.v2.nodes.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a source's {@code parameters} section and checks it against its protocol's {@link ProtocolSpec}. */
final class ParametersParser {

    private ParametersParser() {
    }

    static ProtocolParameters parse(YamlMapping source, ProtocolSpec spec) throws RegistryException {
        Optional<YamlMapping> section = source.optionalMapping("parameters");
        if (section.isEmpty()) {
            throw source.problem("missing required key \"parameters\" (protocol \"" + spec.name() + "\" takes: "
                    + String.join(", ", spec.parameters().keySet()) + ")");
        }
        YamlMapping parameters = section.get();
        parameters.allowOnly(spec.parameters().keySet(), "parameter", " for protocol \"" + spec.name() + "\"");
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : parameters.keys()) {
            values.put(name, values(parameters, name, spec.parameters().get(name)));
        }
        requireGroups(parameters, spec);
        return ProtocolParameters.of(values);
    }

    private static List<String> values(YamlMapping parameters, String name, ParameterType type)
            throws RegistryException {
        Node node = parameters.required(name);
        String what = "parameter \"" + name + "\"";
        List<String> values = type.isList() ? parameters.texts(node, what) : List.of(parameters.text(node, what));
        for (String value : values) {
            Optional<String> problem = type.problem(value);
            if (problem.isPresent()) {
                throw parameters.problem(node, what + ": " + problem.get());
            }
        }
        return values;
    }

    private static void requireGroups(YamlMapping parameters, ProtocolSpec spec) throws RegistryException {
        for (List<String> group : spec.requiredGroups()) {
            if (group.stream().noneMatch(parameters.keys()::contains)) {
                throw parameters.problem("missing parameter "
                        + group.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(" or "))
                        + " (protocol \"" + spec.name() + "\")");
            }
        }
    }
}
