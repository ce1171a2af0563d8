package org.ocdsnacional.indexer.issues;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.OptionalLong;

/**
 * One group of identical issues of a run, with how many the source's previous run had.
 *
 * @param severity      ERROR, WARNING or INFO
 * @param type          the stable type code
 * @param pathPattern   the JSON pointer without array indexes
 * @param field         the field concerned
 * @param count         how many issues in this run
 * @param previousCount how many in the previous validated run of the source (0 when it had none); empty when
 *                      there is no previous run
 * @param messageEs     the message of the first issue, in Spanish
 * @param messageEn     the same in English
 * @param examples      a few locations (ocid, releaseId, path, value)
 */
public record StoredGroup(String severity, String type, String pathPattern, String field, long count,
                          OptionalLong previousCount, String messageEs, String messageEn, JsonNode examples) {

    /** The grouping key: type and path pattern. */
    public String key() {
        return type + " " + pathPattern;
    }
}
