package org.ocdsnacional.ocds.libcove;

import org.ocdsnacional.ocds.profile.FieldSpec;
import org.ocdsnacional.ocds.profile.Shape;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.BiConsumer;

/** Visits every field a shape declares, with its path ({@code releases/tender/items/quantity}), once per path. */
final class ShapeWalk {

    private ShapeWalk() {
    }

    static void fields(Shape shape, String path, BiConsumer<String, FieldSpec> visitor) {
        walk(shape, path, visitor, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Shape shape, String path, BiConsumer<String, FieldSpec> visitor, Set<Shape> onPath) {
        if (!onPath.add(shape)) {
            return;
        }
        shape.properties().forEach((name, field) -> {
            String at = path.isEmpty() ? name : path + "/" + name;
            visitor.accept(at, field);
            walk(field.shape(), at, visitor, onPath);
            field.shape().items().ifPresent(items -> walk(items, at, visitor, onPath));
        });
        onPath.remove(shape);
    }
}
