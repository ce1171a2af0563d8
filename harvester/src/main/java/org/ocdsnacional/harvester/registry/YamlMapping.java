package org.ocdsnacional.harvester.registry;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML mapping read from a registry file, with keys checked for duplicates, and every problem it reports
 * placed at the line of the node concerned and prefixed with its context (e.g. {@code source "x": }).
 */
final class YamlMapping {

    private final Path file;
    private final String context;
    private final Node node;
    private final Map<String, NodeTuple> entries;

    private YamlMapping(Path file, String context, Node node, Map<String, NodeTuple> entries) {
        this.file = file;
        this.context = context;
        this.node = node;
        this.entries = entries;
    }

    /** The mapping at {@code node}; {@code what} names it in the error when it is not a mapping. */
    static YamlMapping of(Node node, Path file, String context, String what) throws RegistryException {
        if (!(node instanceof MappingNode mapping)) {
            throw RegistryException.at(file, line(node), context + what + " must be a mapping of keys to values");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = keyText(tuple.getKeyNode(), file, context);
            if (entries.putIfAbsent(key, tuple) != null) {
                throw RegistryException.at(file, line(tuple.getKeyNode()), context + "duplicate key \"" + key + "\"");
            }
        }
        return new YamlMapping(file, context, node, Collections.unmodifiableMap(entries));
    }

    /** The same mapping, reporting problems with another prefix. */
    YamlMapping within(String newContext) {
        return new YamlMapping(file, newContext, node, entries);
    }

    /** A problem at the start of this mapping. */
    RegistryException problem(String reason) {
        return problem(node, reason);
    }

    RegistryException problem(Node at, String reason) {
        return RegistryException.at(file, line(at), context + reason);
    }

    /**
     * Fails on the first key not in {@code known}: "unknown {noun} "k"{where} (known: ...)", e.g. noun
     * {@code parameter} and where {@code  for protocol "ocds-url"}.
     */
    void allowOnly(Collection<String> known, String noun, String where) throws RegistryException {
        for (var entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw problem(entry.getValue().getKeyNode(), "unknown " + noun + " \"" + entry.getKey() + "\""
                        + where + " (known: " + String.join(", ", known) + ")");
            }
        }
    }

    Collection<String> keys() {
        return entries.keySet();
    }

    Optional<Node> optional(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Node required(String key) throws RegistryException {
        Optional<Node> value = optional(key);
        if (value.isEmpty()) {
            throw problem("missing required key \"" + key + "\"");
        }
        return value.get();
    }

    /** A required, non-empty text. */
    String text(String key) throws RegistryException {
        return text(required(key), "\"" + key + "\"");
    }

    Optional<String> optionalText(String key) throws RegistryException {
        Optional<Node> value = optional(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(text(value.get(), "\"" + key + "\""));
    }

    Optional<YamlMapping> optionalMapping(String key) throws RegistryException {
        Optional<Node> value = optional(key);
        return value.isEmpty() ? Optional.empty() : Optional.of(of(value.get(), file, context, "\"" + key + "\""));
    }

    /** The non-empty text of a scalar node; {@code what} names it in errors. */
    String text(Node value, String what) throws RegistryException {
        if (!(value instanceof ScalarNode scalar)) {
            throw problem(value, what + " must be a single value, not a list or mapping");
        }
        if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
            throw problem(value, what + " is empty");
        }
        return scalar.getValue().strip();
    }

    /** The texts of a list node, or of a single value taken as a list of one. */
    List<String> texts(Node value, String what) throws RegistryException {
        if (!(value instanceof SequenceNode sequence)) {
            return List.of(text(value, what));
        }
        if (sequence.getValue().isEmpty()) {
            throw problem(value, what + " is an empty list");
        }
        List<String> texts = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            texts.add(text(element, what + " element"));
        }
        return texts;
    }

    /** 1-based line of a node; 0 when the parser gave no position. */
    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    private static String keyText(Node key, Path file, String context) throws RegistryException {
        if (key instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw RegistryException.at(file, line(key), context + "keys must be plain names");
    }
}
