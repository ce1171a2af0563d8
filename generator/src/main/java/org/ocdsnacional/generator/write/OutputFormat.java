package org.ocdsnacional.generator.write;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file shapes the generator writes. */
public enum OutputFormat {
    RELEASE_PACKAGE("release-package", ".json"),
    RECORD_PACKAGE("record-package", ".json"),
    JSON_LINES("jsonl", ".jsonl");

    private final String label;
    private final String extension;

    OutputFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** As written on the command line: {@code release-package}, {@code record-package}, {@code jsonl}. */
    public String label() {
        return label;
    }

    String extension() {
        return extension;
    }

    public static Optional<OutputFormat> of(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label.toLowerCase(Locale.ROOT))).findFirst();
    }
}
