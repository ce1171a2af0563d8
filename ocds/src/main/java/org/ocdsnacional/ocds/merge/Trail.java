package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;

/**
 * Where the merge is inside the release being merged: a stack of field names and array positions, kept without
 * allocating anything, so that a JSON pointer is only built when a warning needs one.
 */
final class Trail {

    private static final int FIELD = -1;

    private ObjectNode release;
    private String[] names = new String[32];
    private int[] indexes = new int[32];
    private int depth;

    /** Starts at the top of {@code json}. */
    void start(ObjectNode json) {
        release = json;
        depth = 0;
    }

    void enter(String field) {
        push(field, FIELD);
    }

    void enterItem(int position) {
        push(null, position);
    }

    void leave() {
        depth--;
    }

    String releaseId() {
        return Releases.id(release);
    }

    /** The JSON pointer of the current place, escaped as RFC 6901 says. */
    String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            pointer.append('/').append(indexes[i] == FIELD ? names[i].replace("~", "~0").replace("/", "~1")
                    : Integer.toString(indexes[i]));
        }
        return pointer.toString();
    }

    /** The JSON pointer of field {@code field} of the current place. */
    String pointerTo(String field) {
        enter(field);
        String pointer = pointer();
        leave();
        return pointer;
    }

    private void push(String name, int index) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
        }
        names[depth] = name;
        indexes[depth] = index;
        depth++;
    }
}
