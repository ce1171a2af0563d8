package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One schema error, in the terms the messages to publishers use.
 *
 * @param keyword   the failing keyword ({@code required}, {@code type}, … or {@code duplicateId})
 * @param path      JSON pointer of the offending (or missing) value
 * @param parent    JSON pointer of the object that holds it (for {@code required}: where the field is missing)
 * @param field     the field concerned
 * @param value     the offending value as text, empty when missing
 * @param rule      the keyword's value in the schema (the expected type, the pattern, the limit…), if any
 * @param fallback  the JSON Schema library's own English message, for keywords without a message of ours
 */
record SchemaProblem(String keyword, String path, String parent, String field, String value, JsonNode rule,
                     String fallback, Texts.Root root) {
}
