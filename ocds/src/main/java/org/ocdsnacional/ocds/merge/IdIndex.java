package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of one identifier-merged array by their {@code id}: a short list scanned in order while the array is
 * small (the usual case), a hash map once it grows.
 *
 * @param <T> what an element is in the merged output
 */
final class IdIndex<T> {

    private static final int SCAN_LIMIT = 8;

    private final List<JsonNode> ids = new ArrayList<>(4);
    private final List<T> elements = new ArrayList<>(4);
    private Map<JsonNode, T> map;

    /**
     * The {@code id} an object is merged by: its {@code id} when that is a non-null value (string, number, boolean);
     * null when absent or not a value, in which case the object is always appended.
     */
    static JsonNode identifier(JsonNode object) {
        JsonNode id = object.get("id");
        return id != null && id.isValueNode() && !id.isNull() ? id : null;
    }

    T find(JsonNode id) {
        if (map != null) {
            return map.get(id);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals(id)) {
                return elements.get(i);
            }
        }
        return null;
    }

    void put(JsonNode id, T element) {
        if (map != null) {
            map.put(id, element);
            return;
        }
        ids.add(id);
        elements.add(element);
        if (ids.size() > SCAN_LIMIT) {
            map = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                map.put(ids.get(i), elements.get(i));
            }
        }
    }
}
