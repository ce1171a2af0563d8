package org.ocdsnacional.web.publishers;

import java.util.List;

/**
 * A group of identical validation issues, precise enough to fix the data.
 *
 * @param severity  error, warning or notice, for people
 * @param tone      the badge's tone
 * @param type      the stable type code
 * @param path      where, as a JSON pointer without array indexes
 * @param count     how many in this run, formatted
 * @param change    the change since the previous run, for people ("+3", "−12", "nuevo", "igual")
 * @param changeTone {@code better}, {@code worse} or empty
 * @param messageEs the explanation in Spanish
 * @param messageEn the same in English
 * @param examples  a few places: the process (linked), the path and the value found
 */
public record IssueGroupView(String severity, String tone, String type, String path, String count, String change,
                             String changeTone, String messageEs, String messageEn, List<Example> examples) {

    /** Where one issue of the group was found. */
    public record Example(String ocid, String url, String releaseId, String path, String value) {
    }
}
