package org.ocdsnacional.ocds.validate;

/**
 * A place in a JSON document, written out as a JSON pointer only when an issue is found there: a walk visits every
 * field, and building each field's pointer would cost more than checking it.
 */
final class Location {

    private final Location parent;
    private final String name;
    private final int index;

    private Location(Location parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The place {@code pointer} (written out already), e.g. {@code /releases/3}, or "" for the root. */
    static Location of(String pointer) {
        return new Location(null, pointer, -1);
    }

    Location child(String field) {
        return new Location(this, field, -1);
    }

    Location index(int position) {
        return new Location(this, null, position);
    }

    /** The JSON pointer of this place. */
    String pointer() {
        if (parent == null) {
            return name;
        }
        String base = parent.pointer();
        return name == null ? JsonPointers.index(base, index) : JsonPointers.child(base, name);
    }

    @Override
    public String toString() {
        return pointer();
    }
}
