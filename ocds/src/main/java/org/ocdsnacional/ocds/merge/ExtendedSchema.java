package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A release schema with the extensions a package declares: each extension's {@code release-schema.json} applied in
 * order as a JSON Merge Patch (RFC 7386), which is how OCDS extensions patch the schema, so that the merge follows
 * the rules they add ({@code wholeListMerge} on their lists, identifier merge on their objects).
 *
 * @param schema     the patched release schema
 * @param unreadable the extensions whose patch could not be had, each with the reason (their rules are missing)
 */
public record ExtendedSchema(JsonNode schema, List<String> unreadable) {

    private static final String PATCH = "release-schema.json";

    public ExtendedSchema {
        unreadable = List.copyOf(unreadable);
    }

    /**
     * Reads the release schema at {@code releaseSchemaUrl} and the patch of each extension (an {@code extension.json}
     * URL, or the URL of the extension's {@code release-schema.json}) from {@code source}.
     *
     * @throws IOException when the release schema itself cannot be read
     */
    public static ExtendedSchema load(SchemaSource source, ObjectMapper mapper, URI releaseSchemaUrl,
                                      List<String> extensions) throws IOException {
        JsonNode schema = mapper.readTree(source.read(releaseSchemaUrl));
        List<String> unreadable = new ArrayList<>();
        for (String extension : extensions) {
            try {
                Optional<JsonNode> patch = patchOf(source, mapper, URI.create(extension.trim()));
                if (patch.isPresent()) {
                    schema = patch(schema, patch.get());
                }
            } catch (IOException | IllegalArgumentException e) {
                unreadable.add(extension + ": " + e.getMessage());
            }
        }
        return new ExtendedSchema(schema, unreadable);
    }

    /** {@code target} patched by {@code patch} as RFC 7386 says; neither is modified. */
    public static JsonNode patch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        patch.properties().forEach(field -> {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), patch(result.get(field.getKey()), field.getValue()));
            }
        });
        return result;
    }

    /** The extension's release schema patch; empty when its {@code extension.json} says it has none. */
    private static Optional<JsonNode> patchOf(SchemaSource source, ObjectMapper mapper, URI extension)
            throws IOException {
        if (extension.getPath() != null && extension.getPath().endsWith(PATCH)) {
            return Optional.of(mapper.readTree(source.read(extension)));
        }
        JsonNode metadata = mapper.readTree(source.read(extension));
        JsonNode schemas = metadata.path("schemas");
        if (schemas.isArray() && !schemas.toString().contains("\"" + PATCH + "\"")) {
            return Optional.empty();
        }
        return Optional.of(mapper.readTree(source.read(extension.resolve(PATCH))));
    }
}
