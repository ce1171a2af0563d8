package org.ocdsnacional.ocds.validate;

import java.util.regex.Pattern;

/** JSON pointer helpers for issue locations ({@code /tender/items/0/id}). */
final class JsonPointers {

    private static final Pattern INDEX = Pattern.compile("/\\d+(?=/|$)");

    private JsonPointers() {
    }

    /** {@code parent} with one more segment, escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    static String child(String parent, String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return parent + "/" + name;
        }
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** {@code parent} with an array index appended. */
    static String index(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer of the value that holds {@code pointer}; empty for the root and its children. */
    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The pointer without array indexes: {@code /awards/0/items/1/id} → {@code /awards/items/id}. */
    static String withoutIndexes(String pointer) {
        return INDEX.matcher(pointer).replaceAll("");
    }

    /** The last segment that is not an array index, unescaped: the field a path is about. */
    static String fieldOf(String pointer) {
        int end = pointer.length();
        for (int slash = pointer.lastIndexOf('/'); slash >= 0; slash = pointer.lastIndexOf('/', slash - 1)) {
            String segment = pointer.substring(slash + 1, end);
            if (segment.isEmpty() || !isIndex(segment)) {
                return segment.indexOf('~') < 0 ? segment : segment.replace("~1", "/").replace("~0", "~");
            }
            end = slash;
            if (slash == 0) {
                break;
            }
        }
        return "";
    }

    private static boolean isIndex(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
