package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of a JSON object in insertion order, as a {@link java.util.LinkedHashMap} keeps them, in one array of
 * names and values: an object of OCDS has a handful of fields, and a hash table with an entry object per field costs
 * four times the memory and a pointer to follow per field read. Names are looked up by identity first (the reader
 * hands the same instance for a name met lately), then by equality; an object that grows past {@value #SMALL}
 * fields moves them to a {@code LinkedHashMap}, so that large objects cost what they cost in Jackson (constant time
 * per field put, read or removed) and never a scan. Behaves as a {@code Map} in every respect Jackson's {@link ObjectNode} uses (iteration order,
 * removal through iterators, equality and hash code with any other map). Not thread-safe, like
 * {@code LinkedHashMap}.
 */
public final class CompactFields extends AbstractMap<String, JsonNode> {

    private static final Object[] NONE = {};
    /** The most fields kept in the array; beyond, they move to a hash map. */
    private static final int SMALL = 16;

    private Object[] slots;
    private int size;
    private int modifications;
    /** The fields once there have been more than {@value #SMALL}; null until then. */
    private Map<String, JsonNode> large;

    public CompactFields() {
        this.slots = NONE;
    }

    /** Room for {@code fields} fields before the array grows. */
    public CompactFields(int fields) {
        if (fields > SMALL) {
            this.slots = NONE;
            this.large = LinkedHashMap.newLinkedHashMap(fields);
        } else {
            this.slots = fields == 0 ? NONE : new Object[fields * 2];
        }
    }

    /** An empty object node whose fields are kept compact. */
    public static ObjectNode objectNode() {
        return new ObjectNode(JsonNodeFactory.instance, new CompactFields());
    }

    /**
     * An object node of the names and values {@code namesAndValues[from..to)} (name, value, name, value...), the
     * last value of a repeated name kept, as Jackson keeps it.
     */
    public static ObjectNode objectNode(Object[] namesAndValues, int from, int to) {
        int count = (to - from) / 2;
        if (count <= SMALL && count > 0 && !repeatsAName(namesAndValues, from, to)) {
            CompactFields fields = new CompactFields();
            fields.slots = Arrays.copyOfRange(namesAndValues, from, to);
            fields.size = count;
            return new ObjectNode(JsonNodeFactory.instance, fields);
        }
        CompactFields fields = new CompactFields(count);
        for (int i = from; i < to; i += 2) {
            fields.put((String) namesAndValues[i], (JsonNode) namesAndValues[i + 1]);
        }
        return new ObjectNode(JsonNodeFactory.instance, fields);
    }

    /** Whether a name comes twice among the names of {@code namesAndValues[from..to)}: compared by hash first. */
    private static boolean repeatsAName(Object[] namesAndValues, int from, int to) {
        for (int i = from + 2; i < to; i += 2) {
            String name = (String) namesAndValues[i];
            int hash = name.hashCode();
            for (int j = from; j < i; j += 2) {
                Object earlier = namesAndValues[j];
                if (earlier == name || earlier.hashCode() == hash && name.equals(earlier)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public int size() {
        return large != null ? large.size() : size;
    }

    @Override
    public boolean containsKey(Object name) {
        return large != null ? large.containsKey(name) : find(name) >= 0;
    }

    @Override
    public JsonNode get(Object name) {
        if (large != null) {
            return large.get(name);
        }
        int at = find(name);
        return at < 0 ? null : (JsonNode) slots[at * 2 + 1];
    }

    @Override
    public JsonNode put(String name, JsonNode value) {
        Objects.requireNonNull(name, "name");
        if (large != null) {
            return large.put(name, value);
        }
        int at = find(name);
        if (at >= 0) {
            JsonNode previous = (JsonNode) slots[at * 2 + 1];
            slots[at * 2 + 1] = value;
            return previous;
        }
        modifications++;
        if (size == SMALL) {
            grow().put(name, value);
            return null;
        }
        if (size * 2 == slots.length) {
            slots = Arrays.copyOf(slots, Math.min(SMALL * 2, Math.max(8, slots.length * 2)));
        }
        slots[size * 2] = name;
        slots[size * 2 + 1] = value;
        size++;
        return null;
    }

    @Override
    public JsonNode remove(Object name) {
        if (large != null) {
            return large.remove(name);
        }
        int at = find(name);
        if (at < 0) {
            return null;
        }
        JsonNode previous = (JsonNode) slots[at * 2 + 1];
        removeAt(at);
        return previous;
    }

    @Override
    public void clear() {
        Arrays.fill(slots, 0, size * 2, null);
        size = 0;
        large = null;
        modifications++;
    }

    @Override
    public Set<Entry<String, JsonNode>> entrySet() {
        return large != null ? large.entrySet() : new Entries();
    }

    /** The fields moved to a hash map, in order, the array let go. */
    private Map<String, JsonNode> grow() {
        large = LinkedHashMap.newLinkedHashMap(SMALL * 2);
        for (int at = 0; at < size; at++) {
            large.put((String) slots[at * 2], (JsonNode) slots[at * 2 + 1]);
        }
        slots = NONE;
        size = 0;
        return large;
    }

    /** The position of field {@code name} in the array; -1 if absent. */
    private int find(Object name) {
        Object[] s = slots;
        int n = size * 2;
        for (int i = 0; i < n; i += 2) {
            if (s[i] == name) {
                return i / 2;
            }
        }
        if (!(name instanceof String)) {
            return -1;
        }
        for (int i = 0; i < n; i += 2) {
            if (name.equals(s[i])) {
                return i / 2;
            }
        }
        return -1;
    }

    private void removeAt(int at) {
        System.arraycopy(slots, at * 2 + 2, slots, at * 2, (size - at - 1) * 2);
        size--;
        slots[size * 2] = null;
        slots[size * 2 + 1] = null;
        modifications++;
    }

    /** The fields of the array as map entries, in order; {@link Entry#setValue} writes through. */
    private final class Entries extends AbstractSet<Entry<String, JsonNode>> {

        @Override
        public int size() {
            return CompactFields.this.size();
        }

        @Override
        public Iterator<Entry<String, JsonNode>> iterator() {
            return new Iterator<>() {
                private int next;
                private int last = -1;
                private int expected = modifications;

                @Override
                public boolean hasNext() {
                    return next < size || expected != modifications;
                }

                @Override
                public Entry<String, JsonNode> next() {
                    if (expected != modifications) {
                        throw new ConcurrentModificationException();
                    }
                    if (next >= size) {
                        throw new NoSuchElementException();
                    }
                    last = next++;
                    return new Field(last);
                }

                @Override
                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    if (expected != modifications) {
                        throw new ConcurrentModificationException();
                    }
                    removeAt(last);
                    next = last;
                    last = -1;
                    expected = modifications;
                }
            };
        }
    }

    /** One field seen through the map: name and value read from the map at the time asked. */
    private final class Field implements Entry<String, JsonNode> {

        private final int at;
        private final String name;

        Field(int at) {
            this.at = at;
            this.name = (String) slots[at * 2];
        }

        @Override
        public String getKey() {
            return name;
        }

        @Override
        public JsonNode getValue() {
            return large == null && at < size && slots[at * 2] == name ? (JsonNode) slots[at * 2 + 1] : get(name);
        }

        @Override
        public JsonNode setValue(JsonNode value) {
            return put(name, value);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Map.Entry<?, ?> entry && name.equals(entry.getKey())
                    && Objects.equals(getValue(), entry.getValue());
        }

        @Override
        public int hashCode() {
            return name.hashCode() ^ Objects.hashCode(getValue());
        }

        @Override
        public String toString() {
            return name + "=" + getValue();
        }
    }
}
