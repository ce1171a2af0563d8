package org.ocdsnacional.ocds.validate;

import java.util.List;

/**
 * Identical issues counted together: same type, same path once array indexes are removed. A publisher with
 * 50,000 releases missing the same field sees one group with 50,000 beside it.
 *
 * @param severity    the severity of the type
 * @param type        the stable type code
 * @param pathPattern the JSON pointer without array indexes, e.g. {@code /awards/items/id}
 * @param field       the field concerned
 * @param count       how many issues
 * @param messageEs   the message of the first one, in Spanish
 * @param messageEn   the same in English
 * @param examples    a few of them ({@value IssueAggregator#EXAMPLES} at most), with their locations
 */
public record IssueGroup(Severity severity, String type, String pathPattern, String field, long count,
                         String messageEs, String messageEn, List<IssueExample> examples) {

    public IssueGroup {
        examples = List.copyOf(examples);
    }

    /** The grouping key: {@code type} and {@code pathPattern}. */
    public String key() {
        return type + " " + pathPattern;
    }
}
