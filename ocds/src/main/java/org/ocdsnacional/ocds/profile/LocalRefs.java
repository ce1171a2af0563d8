package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** The {@code $ref}s inside one schema document ({@code #/definitions/…}) and whether they lead somewhere. */
final class LocalRefs {

    private LocalRefs() {
    }

    /** What a local reference points at; empty for references to other documents and for dangling ones. */
    static Optional<JsonNode> target(JsonNode root, String ref) {
        if (!ref.startsWith("#")) {
            return Optional.empty();
        }
        try {
            JsonNode target = root.at(JsonPointer.compile(ref.substring(1)));
            return target.isMissingNode() ? Optional.empty() : Optional.of(target);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every local reference in {@code schema} (a whole document or a patch), in document order. */
    static Set<String> all(JsonNode schema) {
        Set<String> refs = new LinkedHashSet<>();
        collect(schema, refs);
        return refs;
    }

    /** The local references of {@code schema} that lead nowhere in {@code root}. */
    static Set<String> dangling(JsonNode schema, JsonNode root) {
        Set<String> dangling = new LinkedHashSet<>();
        for (String ref : all(schema)) {
            if (target(root, ref).isEmpty()) {
                dangling.add(ref);
            }
        }
        return dangling;
    }

    private static void collect(JsonNode node, Set<String> refs) {
        if (node.isObject() && node.path("$ref").isTextual() && node.path("$ref").asText().startsWith("#")) {
            refs.add(node.path("$ref").asText());
        }
        if (node.isContainerNode()) {
            node.forEach(child -> collect(child, refs));
        }
    }
}
