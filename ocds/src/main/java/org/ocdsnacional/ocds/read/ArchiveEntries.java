package org.ocdsnacional.ocds.read;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries of a ZIP archive hold data. Skipped: folders, macOS resource forks ({@code __MACOSX/},
 * {@code ._name}), {@code .DS_Store}, {@code Thumbs.db}, and files whose extension says they are documents or
 * tables, not JSON. Names with spaces or accents are ordinary names.
 */
final class ArchiveEntries {

    private static final Set<String> JUNK_NAMES = Set.of(".ds_store", "thumbs.db", "desktop.ini");
    private static final Set<String> NOT_JSON = Set.of("pdf", "csv", "xls", "xlsx", "doc", "docx", "txt", "md",
            "html", "htm", "xml", "png", "jpg", "jpeg");

    private ArchiveEntries() {
    }

    /** Why a file entry (not a folder) is skipped, Spanish / English; empty when it is to be read. */
    static Optional<String> skipReason(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        if (lower.startsWith("__macosx/") || lower.contains("/__macosx/") || base.startsWith("._")
                || JUNK_NAMES.contains(base)) {
            return Optional.of("archivo auxiliar del sistema / operating-system junk file");
        }
        String extension = base.contains(".") ? base.substring(base.lastIndexOf('.') + 1) : "";
        if (NOT_JSON.contains(extension)) {
            return Optional.of("no es JSON por su extensión / not JSON by its extension");
        }
        return Optional.empty();
    }
}
