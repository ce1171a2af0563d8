package org.ocdsnacional.ocds.validate;

/**
 * What a publisher reads about an issue: Spanish first, English beside it.
 *
 * @param es Spanish
 * @param en English
 */
record Texts(String es, String en) {

    private static final int MAX_SHOWN_VALUE = 80;

    /** What an empty pointer is: the root of the release, record or package checked. */
    enum Root {
        RELEASE("la raíz de la entrega (release)", "the release root"),
        RECORD("la raíz del registro (record)", "the record root"),
        PACKAGE("la raíz del paquete (package)", "the package root");

        private final String es;
        private final String en;

        Root(String es, String en) {
            this.es = es;
            this.en = en;
        }
    }

    /** «value» at path of a release, then what is wrong with it, in both languages. */
    static Texts about(String value, String path, String es, String en) {
        return about(value, path, Root.RELEASE, es, en);
    }

    /** «value» at path of what {@code root} is, then what is wrong with it, in both languages. */
    static Texts about(String value, String path, Root root, String es, String en) {
        String shown = shown(value);
        return new Texts("«" + shown + "» en " + where(path, root, true) + " " + es,
                "«" + shown + "» at " + where(path, root, false) + " " + en);
    }

    /** A value cut to a readable length. */
    static String shown(String value) {
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "…";
    }

    /** A pointer as a place: the pointer itself, or the root of what was checked. */
    static String where(String pointer, Root root, boolean spanish) {
        if (!pointer.isEmpty()) {
            return pointer;
        }
        return spanish ? root.es : root.en;
    }
}
