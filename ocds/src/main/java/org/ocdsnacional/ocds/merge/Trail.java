package org.ocdsnacional.ocds.merge;

/**
 * Where the merge is inside one release, kept as a chain of parent links so that a JSON pointer is only built when
 * a warning needs one.
 */
record Trail(Trail parent, String name, int index) {

    private static final int FIELD = -1;

    /** The release itself, whose id is {@code releaseId}. */
    static Trail release(String releaseId) {
        return new Trail(null, releaseId, FIELD);
    }

    Trail field(String field) {
        return new Trail(this, field, FIELD);
    }

    Trail item(int position) {
        return new Trail(this, null, position);
    }

    String releaseId() {
        return parent == null ? name : parent.releaseId();
    }

    /** The JSON pointer of this place, escaped as RFC 6901 says. */
    String pointer() {
        if (parent == null) {
            return "";
        }
        String segment = index == FIELD ? name.replace("~", "~0").replace("/", "~1") : Integer.toString(index);
        return parent.pointer() + "/" + segment;
    }
}
