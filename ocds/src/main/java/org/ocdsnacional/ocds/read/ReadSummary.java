package org.ocdsnacional.ocds.read;

/**
 * What one reading found.
 *
 * @param releases       releases handed to the visitor
 * @param linkedReleases releases that a record only links to (their URL), handed over as links to fetch
 * @param invalid        elements of {@code releases} or {@code records} that are not objects (invalid releases and
 *                       records, also among the problems)
 * @param problems       parts of the input skipped as unusable
 * @param warnings       things read with a workaround (Latin-1 text, archive entries skipped)
 */
public record ReadSummary(long releases, long linkedReleases, long invalid, long problems, long warnings) {

    /**
     * Whether the input held OCDS data: at least one release (valid or not), or a record's link to one. An empty
     * file, white space, an empty list, an empty package or an archive without data entries hold none (the first
     * three and the last are also a {@link ReadProblem}; an empty package is well-formed OCDS that publishes nothing).
     */
    public boolean containsOcdsData() {
        return releases + linkedReleases + invalid > 0;
    }
}
