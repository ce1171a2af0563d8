package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.Keyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code uniqueItems} the way lib-cove-ocds reads it: in an array of objects with ids, the ids must be
 * unique (one {@value #DUPLICATE_ID} message per repeated id, at the array); when some item has no id,
 * whole items must be unique (one {@code uniqueItems} message).
 */
final class UniqueIdsKeyword implements Keyword {

    /** Message type of a repeated id. */
    static final String DUPLICATE_ID = "duplicateId";
    private static final String UNIQUE_ITEMS = "uniqueItems";

    @Override
    public String getValue() {
        return UNIQUE_ITEMS;
    }

    @Override
    public JsonValidator newValidator(SchemaLocation schemaLocation, JsonNodePath evaluationPath, JsonNode schemaNode,
                                      JsonSchema parentSchema, ValidationContext validationContext) {
        return new Validator(schemaLocation, evaluationPath, schemaNode.asBoolean(false));
    }

    private record Validator(SchemaLocation schemaLocation, JsonNodePath evaluationPath, boolean enabled)
            implements JsonValidator {

        @Override
        public Set<ValidationMessage> validate(ExecutionContext context, JsonNode node, JsonNode rootNode,
                                               JsonNodePath instanceLocation) {
            if (!enabled || !node.isArray() || node.size() < 2) {
                return Set.of();
            }
            Map<String, JsonNode> repeated = new TreeMap<>();
            Set<JsonNode> seen = new HashSet<>();
            boolean itemsChecked = false;
            for (JsonNode item : node) {
                JsonNode id = item.get("id");
                if (id == null || id.isNull() || id.isContainerNode()) {
                    if (!itemsChecked && itemsRepeat(node)) {
                        return Set.of(notUnique(node, instanceLocation));
                    }
                    itemsChecked = true;
                } else if (!seen.add(id)) {
                    repeated.put(id.asText(), id);
                }
            }
            return idsRepeated(repeated, instanceLocation);
        }

        private Set<ValidationMessage> idsRepeated(Map<String, JsonNode> repeated, JsonNodePath at) {
            Set<ValidationMessage> messages = new LinkedHashSet<>();
            repeated.forEach((text, id) -> messages.add(message(DUPLICATE_ID, at, id, "Non-unique id values: " + text)));
            return messages;
        }

        private ValidationMessage notUnique(JsonNode array, JsonNodePath at) {
            return message(UNIQUE_ITEMS, at, array, "Array has non-unique elements");
        }

        private ValidationMessage message(String type, JsonNodePath at, JsonNode instance, String text) {
            return ValidationMessage.builder()
                    .type(type)
                    .code(type)
                    .messageKey(type)
                    .instanceLocation(at)
                    .evaluationPath(evaluationPath)
                    .schemaLocation(schemaLocation)
                    .instanceNode(instance)
                    .property("id")
                    .message(text)
                    .build();
        }

        private static boolean itemsRepeat(JsonNode array) {
            Set<JsonNode> items = new HashSet<>();
            for (JsonNode item : array) {
                if (!items.add(item)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public SchemaLocation getSchemaLocation() {
            return schemaLocation;
        }

        @Override
        public JsonNodePath getEvaluationPath() {
            return evaluationPath;
        }

        @Override
        public String getKeyword() {
            return UNIQUE_ITEMS;
        }
    }
}
