package org.ocdsnacional.ocds.profile;

import java.util.List;
import java.util.Set;

/**
 * One codelist of a profile, with the extensions' patches applied.
 *
 * @param name          file name, e.g. {@code tenderStatus.csv}
 * @param codes         the allowed codes
 * @param url           where the codes were read (the last extension that replaced it, or the core)
 * @param amendments    URLs of the extension patches ({@code +name.csv}, {@code -name.csv}) applied, in order
 * @param fromExtension whether the codelist is not a core codelist (an extension introduced it)
 * @param replaced      whether an extension replaced a core codelist with its own file of the same name
 */
public record Codelist(String name, Set<String> codes, String url, List<String> amendments, boolean fromExtension,
                       boolean replaced) {

    public Codelist {
        codes = Set.copyOf(codes);
        amendments = List.copyOf(amendments);
    }

    /** Whether an extension introduced, replaced or patched this codelist. */
    public boolean amended() {
        return !amendments.isEmpty() || fromExtension || replaced;
    }
}
