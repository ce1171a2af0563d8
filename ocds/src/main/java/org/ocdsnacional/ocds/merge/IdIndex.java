package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ValueNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The objects of one identifier-merged array by their {@code id}: a short list scanned in order while the array is
 * small (the usual case), a hash map once it grows. It also remembers which release last touched each object, to
 * tell a repeated id within one release (a warning) from the same id in a later release (the merge itself).
 *
 * @param <T> what an element is in the merged output
 */
final class IdIndex<T> {

    private static final int SCAN_LIMIT = 8;

    private final List<JsonNode> ids = new ArrayList<>(4);
    private final List<T> elements = new ArrayList<>(4);
    private int[] touchedBy = new int[4];
    private Map<JsonNode, Integer> positions;

    /**
     * The {@code id} an object is merged by: its {@code id} when that is a non-null value (string, number, boolean);
     * null when absent or not a value, in which case the object is always appended.
     */
    static JsonNode identifier(JsonNode object) {
        JsonNode id = object.get("id");
        return id instanceof ValueNode && !id.isNull() ? id : null;
    }

    /** The position of the element with {@code id}; -1 if there is none. */
    int find(JsonNode id) {
        if (positions != null) {
            Integer position = positions.get(id);
            return position == null ? -1 : position;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    T element(int position) {
        return elements.get(position);
    }

    /** Marks the element as touched by release number {@code release}; true if that release had touched it. */
    boolean touch(int position, int release) {
        boolean again = touchedBy[position] == release;
        touchedBy[position] = release;
        return again;
    }

    void put(JsonNode id, T element, int release) {
        int position = ids.size();
        ids.add(id);
        elements.add(element);
        if (position == touchedBy.length) {
            touchedBy = java.util.Arrays.copyOf(touchedBy, position * 2);
        }
        touchedBy[position] = release;
        if (positions != null) {
            positions.put(id, position);
        } else if (ids.size() > SCAN_LIMIT) {
            positions = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                positions.put(ids.get(i), i);
            }
        }
    }
}
