package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** Values that are set but say nothing: a blank string, {@code {}}, {@code []} (lib-cove-ocds's empty fields). */
final class EmptyValues {

    private EmptyValues() {
    }

    static boolean isEmpty(JsonNode value) {
        if (value.isTextual()) {
            return isBlank(value.asText());
        }
        return value.isContainerNode() && value.isEmpty();
    }

    /** Reports the empty values anywhere inside {@code value} (a part the schema does not describe). */
    static void within(JsonNode value, String at, Findings findings) {
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                visit(entry.getValue(), JsonPointers.child(at, entry.getKey()), findings);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                visit(value.get(i), JsonPointers.index(at, i), findings);
            }
        }
    }

    private static void visit(JsonNode value, String at, Findings findings) {
        if (isEmpty(value)) {
            FieldIssues.empty(at, findings);
        } else {
            within(value, at, findings);
        }
    }

    /** Blank as Python's {@code str.strip()} sees it: Unicode spaces (such as the no-break space) included. */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
