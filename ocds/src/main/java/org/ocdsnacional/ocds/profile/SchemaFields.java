package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives the {@link Shape} of a schema: local {@code $ref}s ({@code #/definitions/…}) are followed (a
 * {@code deprecated} beside a {@code $ref} stays with the field, as lib-cove-ocds keeps it); references to
 * other documents are not, and leave the value's shape open.
 */
public final class SchemaFields {

    private static final List<String> ALTERNATIVES = List.of("oneOf", "anyOf", "allOf");

    private final JsonNode root;
    private final Map<JsonNode, Shape> shapes = new IdentityHashMap<>();

    private SchemaFields(JsonNode root) {
        this.root = root;
    }

    /** The shape of the whole schema (for a release schema: a release). */
    public static Shape of(JsonNode schema) {
        return new SchemaFields(schema).shape(schema);
    }

    private Shape shape(JsonNode declared) {
        JsonNode schema = resolve(declared);
        Shape known = shapes.get(schema);
        if (known != null) {
            return known;
        }
        Shape shape = new Shape();
        shapes.put(schema, shape);
        fill(shape, schema);
        return shape;
    }

    private void fill(Shape shape, JsonNode schema) {
        types(schema).forEach(shape::addType);
        schema.path("required").forEach(name -> shape.addRequired(name.asText()));
        schema.path("properties").properties().forEach(e -> shape.addProperty(field(e.getKey(), e.getValue())));
        if (schema.path("items").isObject()) {
            shape.items(shape(schema.path("items")));
        }
        for (String keyword : ALTERNATIVES) {
            for (JsonNode alternative : schema.path(keyword)) {
                fill(shape, resolve(alternative));
            }
        }
    }

    private FieldSpec field(String name, JsonNode declared) {
        JsonNode schema = resolve(declared);
        return new FieldSpec(name, shape(declared), codelist(declared, schema), deprecation(declared, schema),
                enumValues(schema), flag(declared, schema, "wholeListMerge"));
    }

    private static Optional<FieldSpec.CodelistRef> codelist(JsonNode declared, JsonNode schema) {
        JsonNode holder = declared.has("codelist") ? declared : schema;
        if (!holder.path("codelist").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new FieldSpec.CodelistRef(holder.path("codelist").asText(),
                holder.path("openCodelist").asBoolean(false)));
    }

    private static Optional<FieldSpec.Deprecation> deprecation(JsonNode declared, JsonNode schema) {
        JsonNode deprecated = declared.has("deprecated") ? declared.path("deprecated") : schema.path("deprecated");
        if (!deprecated.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new FieldSpec.Deprecation(deprecated.path("deprecatedVersion").asText(""),
                deprecated.path("description").asText("")));
    }

    private static List<String> enumValues(JsonNode schema) {
        JsonNode values = schema.has("enum") ? schema.path("enum") : schema.path("items").path("enum");
        List<String> allowed = new ArrayList<>();
        values.forEach(value -> {
            if (!value.isNull()) {
                allowed.add(value.asText());
            }
        });
        return allowed;
    }

    private static boolean flag(JsonNode declared, JsonNode schema, String keyword) {
        return declared.path(keyword).asBoolean(false) || schema.path(keyword).asBoolean(false);
    }

    static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        }
        type.forEach(t -> types.add(t.asText()));
        if (types.isEmpty() && schema.has("properties")) {
            types.add("object");
        }
        return types;
    }

    /** Follows local {@code $ref}s; a reference that leads nowhere (or elsewhere) resolves to an open schema. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 16 && current.path("$ref").isTextual(); hops++) {
            String ref = current.path("$ref").asText();
            current = LocalRefs.target(root, ref).orElse(MissingNode.getInstance());
        }
        return current;
    }
}
