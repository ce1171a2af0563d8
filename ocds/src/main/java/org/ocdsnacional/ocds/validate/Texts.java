package org.ocdsnacional.ocds.validate;

/**
 * What a publisher reads about an issue: Spanish first, English beside it.
 *
 * @param es Spanish
 * @param en English
 */
record Texts(String es, String en) {

    private static final int MAX_SHOWN_VALUE = 80;

    /** «value» at path, then what is wrong with it, in both languages. */
    static Texts about(String value, String path, String es, String en) {
        String shown = shown(value);
        return new Texts("«" + shown + "» en " + where(path, true) + " " + es,
                "«" + shown + "» at " + where(path, false) + " " + en);
    }

    /** A value cut to a readable length. */
    static String shown(String value) {
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "…";
    }

    /** A pointer as a place: the pointer itself, or the release root. */
    static String where(String pointer, boolean spanish) {
        if (!pointer.isEmpty()) {
            return pointer;
        }
        return spanish ? "la raíz de la entrega (release)" : "the release root";
    }
}
