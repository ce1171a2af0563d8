package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.ValidationMessage;

import java.util.Map;
import java.util.Set;

/** Turns the JSON Schema library's messages into issues a publisher can act on. */
final class IssueMapper {

    /** Keywords whose message names a property of the instance rather than the instance itself. */
    private static final Set<String> ABOUT_A_PROPERTY = Set.of("required", "additionalProperties", "dependencies");

    private IssueMapper() {
    }

    /**
     * Adds the issue of {@code message}, whose instance location is relative to {@code prefix}, in an instance that is
     * {@code root}.
     */
    static void add(ValidationMessage message, String prefix, Texts.Root root, Findings findings,
                    Map<String, String> details) {
        SchemaProblem problem = problem(message, prefix, root);
        findings.add(Severity.ERROR, type(problem.keyword()), problem.path(), problem.field(), problem.value(),
                () -> IssueTexts.describe(problem), details);
    }

    private static SchemaProblem problem(ValidationMessage message, String prefix, Texts.Root root) {
        String keyword = message.getType();
        String at = prefix + message.getInstanceLocation().toString();
        boolean aboutProperty = ABOUT_A_PROPERTY.contains(keyword) && message.getProperty() != null;
        String path = aboutProperty ? JsonPointers.child(at, message.getProperty()) : at;
        boolean namesField = aboutProperty || UniqueIdsKeyword.DUPLICATE_ID.equals(keyword);
        String field = namesField ? message.getProperty() : JsonPointers.fieldOf(path);
        String value = "required".equals(keyword) ? "" : text(message.getInstanceNode());
        String parent = aboutProperty ? at : JsonPointers.parent(path);
        JsonNode rule = message.getSchemaNode() == null ? MissingNode.getInstance() : message.getSchemaNode();
        return new SchemaProblem(keyword, path, parent, field, value, rule, message.getMessage(), root);
    }

    private static String type(String keyword) {
        return UniqueIdsKeyword.DUPLICATE_ID.equals(keyword) ? "schema.duplicate_id" : "schema." + keyword;
    }

    static String text(JsonNode node) {
        if (node == null) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
