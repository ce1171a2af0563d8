package org.ocdsnacional.ocds.read;

/** The shapes of OCDS data that ocdskit's {@code detect-format} names, with its labels. */
public enum OcdsFormat {
    RECORD_PACKAGE("record package"),
    RELEASE_PACKAGE("release package"),
    RECORD("record"),
    RELEASE("release"),
    COMPILED_RELEASE("compiled release"),
    VERSIONED_RELEASE("versioned release"),
    EMPTY_PACKAGE("empty package");

    private final String label;

    OcdsFormat(String label) {
        this.label = label;
    }

    /** The label ocdskit prints: {@code release package}. */
    public String label() {
        return label;
    }
}
