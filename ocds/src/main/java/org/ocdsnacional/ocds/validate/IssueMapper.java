package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.networknt.schema.ValidationMessage;
import org.ocdsnacional.ocds.model.Release;

import java.util.Optional;
import java.util.Set;

/** Turns the JSON Schema library's messages into issues a publisher can act on. */
final class IssueMapper {

    /** Keywords whose message names a property of the instance rather than the instance itself. */
    private static final Set<String> ABOUT_A_PROPERTY = Set.of("required", "additionalProperties", "dependencies");

    private IssueMapper() {
    }

    static ValidationIssue toIssue(ValidationMessage message, Release release, SchemaOutcome.Ready schema) {
        SchemaProblem problem = problem(message, schema);
        IssueTexts.Texts texts = IssueTexts.describe(problem);
        return new ValidationIssue(Severity.ERROR, type(problem.keyword()), problem.path(), problem.field(),
                problem.value(), texts.es(), texts.en(), release.ocid(), release.id());
    }

    private static SchemaProblem problem(ValidationMessage message, SchemaOutcome.Ready schema) {
        String keyword = message.getType();
        String at = message.getInstanceLocation().toString();
        boolean aboutProperty = ABOUT_A_PROPERTY.contains(keyword) && message.getProperty() != null;
        String path = aboutProperty ? JsonPointers.child(at, message.getProperty()) : at;
        boolean namesField = aboutProperty || UniqueIdsKeyword.DUPLICATE_ID.equals(keyword);
        String field = namesField ? message.getProperty() : JsonPointers.fieldOf(path);
        String value = "required".equals(keyword) ? "" : text(message.getInstanceNode());
        String parent = aboutProperty ? at : parentOf(path);
        JsonNode rule = message.getSchemaNode() == null ? MissingNode.getInstance() : message.getSchemaNode();
        return new SchemaProblem(keyword, path, parent, field, value, rule, codelist(message, schema),
                message.getMessage());
    }

    private static String type(String keyword) {
        return UniqueIdsKeyword.DUPLICATE_ID.equals(keyword) ? "schema.duplicate_id" : "schema." + keyword;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static String parentOf(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The codelist named next to the failing keyword, when the keyword is in the release schema itself. */
    private static Optional<String> codelist(ValidationMessage message, SchemaOutcome.Ready schema) {
        String location = message.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        if (!"enum".equals(message.getType()) || hash < 0
                || !location.substring(0, hash).equals(schema.url().toString())) {
            return Optional.empty();
        }
        String keywordPointer = location.substring(hash + 1);
        String holder = keywordPointer.substring(0, Math.max(0, keywordPointer.lastIndexOf('/')));
        JsonNode codelist = schema.json().at(JsonPointer.compile(holder)).path("codelist");
        return codelist.isTextual() ? Optional.of(codelist.asText()) : Optional.empty();
    }
}
