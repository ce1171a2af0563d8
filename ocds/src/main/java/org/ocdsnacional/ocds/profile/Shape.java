package org.ocdsnacional.ocds.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a value may contain, by the schema: its JSON types, the properties of an object (those of every
 * {@code oneOf}/{@code anyOf}/{@code allOf} alternative included), the shape of an array's items. Shapes of
 * one definition are shared, so a shape may be reached again from inside itself.
 */
public final class Shape {

    private final Set<String> types = new LinkedHashSet<>();
    private final Map<String, FieldSpec> properties = new LinkedHashMap<>();
    private final Set<String> required = new LinkedHashSet<>();
    private Shape items;

    Shape() {
    }

    /** A shape that declares nothing: every field of such a value is outside the schema. */
    public static Shape none() {
        return new Shape();
    }

    /** The JSON types allowed; empty when the schema does not say. */
    public Set<String> types() {
        return Collections.unmodifiableSet(types);
    }

    /** The field of this name, if the schema declares it. */
    public Optional<FieldSpec> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** The declared fields, in schema order. */
    public Map<String, FieldSpec> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** The shape of an array's items, if the schema gives one. */
    public Optional<Shape> items() {
        return Optional.ofNullable(items);
    }

    /** Whether objects of this shape have an {@code id} field that is not required. */
    public boolean idOptional() {
        return properties.containsKey("id") && !required.contains("id");
    }

    void addType(String type) {
        types.add(type);
    }

    void addProperty(FieldSpec field) {
        properties.putIfAbsent(field.name(), field);
    }

    void addRequired(String name) {
        required.add(name);
    }

    void items(Shape shape) {
        this.items = shape;
    }
}
