package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.ValidationMessage;

import java.util.Map;
import java.util.Set;

/** Every check of one release: the JSON Schema of its profile, then the field walk and the release rules. */
final class ReleaseChecks {

    private ReleaseChecks() {
    }

    /**
     * Checks {@code release}, found at {@code pointer} (empty for a release on its own), adding {@code details}
     * (such as how a record's releases were read) to its schema errors.
     */
    static void check(CompiledProfile profile, JsonNode release, String pointer, Findings findings,
                      Map<String, String> details) {
        schema(profile.release(), release, pointer, Texts.Root.RELEASE, findings, details);
        if (!release.isObject()) {
            return;
        }
        new FieldWalk(profile.profile().codelists(), findings).object(release, profile.profile().release(), pointer,
                Set.of());
        OcidRules.check(release, pointer, findings);
        if (profile.profile().release().property("parties").isPresent()) {
            ReferenceRules.check(release, pointer, findings);
        }
        CoherenceRules.check(release, pointer, findings);
        ProcurementMethodRule.check(release, pointer, findings);
    }

    /**
     * The JSON Schema errors of {@code instance}, a release, record or package ({@code root}); a schema that fails
     * while validating is one issue.
     */
    static void schema(JsonSchema schema, JsonNode instance, String pointer, Texts.Root root, Findings findings,
                       Map<String, String> details) {
        Set<ValidationMessage> messages;
        try {
            messages = schema.validate(instance);
        } catch (JsonSchemaException e) {
            findings.add(Severity.ERROR, "schema.broken", pointer, "", "", () -> new Texts(
                    "El esquema no pudo aplicarse a " + Texts.where(pointer, root, true) + ": " + e.getMessage(),
                    "The schema could not be applied to " + Texts.where(pointer, root, false) + ": " + e.getMessage()),
                    Map.of());
            return;
        }
        for (ValidationMessage message : messages) {
            IssueMapper.add(message, pointer, root, findings, details);
        }
    }
}
