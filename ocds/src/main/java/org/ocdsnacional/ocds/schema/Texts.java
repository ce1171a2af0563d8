package org.ocdsnacional.ocds.schema;

/** Small text helpers shared by the sources. */
final class Texts {

    private static final char BOM = '\uFEFF';

    private Texts() {
    }

    /** The text without a leading byte order mark (some published codelists carry one). */
    static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }
}
