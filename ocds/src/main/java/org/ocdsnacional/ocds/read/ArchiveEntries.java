package org.ocdsnacional.ocds.read;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries of a ZIP archive hold data: files named {@code .json}, {@code .jsonl}, {@code .ndjson},
 * {@code .geojson}, or without extension. Skipped as junk: macOS resource forks ({@code __MACOSX/}), hidden files
 * ({@code .DS_Store}, {@code ._name}), {@code Thumbs.db} and {@code desktop.ini}; skipped as not JSON: any other
 * extension (documents, tables, images). Names with spaces or accents are ordinary names.
 */
final class ArchiveEntries {

    private static final Set<String> JUNK_NAMES = Set.of("thumbs.db", "desktop.ini");
    private static final Set<String> DATA_EXTENSIONS = Set.of("json", "jsonl", "ndjson", "geojson", "");

    private ArchiveEntries() {
    }

    /** Why a file entry (not a folder) is skipped; empty when it is to be read. */
    static Optional<Reason> skipReason(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        if (lower.startsWith("__macosx/") || lower.contains("/__macosx/") || base.startsWith(".")
                || JUNK_NAMES.contains(base)) {
            return Optional.of(new Reason("archivo auxiliar del sistema", "operating-system junk file"));
        }
        String extension = base.contains(".") ? base.substring(base.lastIndexOf('.') + 1) : "";
        if (!DATA_EXTENSIONS.contains(extension)) {
            return Optional.of(new Reason("no es JSON por su extensión", "not JSON by its extension"));
        }
        return Optional.empty();
    }

    /** Why an entry is skipped, in Spanish and English. */
    record Reason(String es, String en) {
    }
}
