package org.ocdsnacional.ocds.validate;

/** JSON pointer helpers for issue locations ({@code /tender/items/0/id}). */
final class JsonPointers {

    private JsonPointers() {
    }

    /** {@code parent} with one more segment, escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The last segment that is not an array index, unescaped: the field a path is about. */
    static String fieldOf(String pointer) {
        String[] segments = pointer.split("/", -1);
        for (int i = segments.length - 1; i > 0; i--) {
            if (!segments[i].chars().allMatch(Character::isDigit) || segments[i].isEmpty()) {
                return segments[i].replace("~1", "/").replace("~0", "~");
            }
        }
        return "";
    }
}
