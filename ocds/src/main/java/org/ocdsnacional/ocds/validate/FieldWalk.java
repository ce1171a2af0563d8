package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.profile.Codelists;
import org.ocdsnacional.ocds.profile.FieldSpec;
import org.ocdsnacional.ocds.profile.Shape;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One walk over a release (or a package, a record) guided by the shape of its schema, finding what the JSON
 * Schema check does not: fields outside the schema, values outside codelists, deprecated fields, array items
 * without the id they should have, empty values, malformed identifiers, absurd numbers, negative amounts and
 * amounts without a currency or with one that is not ISO 4217.
 */
final class FieldWalk {

    private static final Shape NONE = Shape.none();

    private final Codelists codelists;
    private final Findings findings;

    FieldWalk(Codelists codelists, Findings findings) {
        this.codelists = codelists;
        this.findings = findings;
    }

    /** Walks the fields of {@code object} at {@code pointer}, leaving out {@code skipped} (checked elsewhere). */
    void object(JsonNode object, Shape shape, String pointer, Set<String> skipped) {
        object(object, shape, Location.of(pointer), skipped);
    }

    private void object(JsonNode object, Shape shape, Location at, Set<String> skipped) {
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!skipped.contains(entry.getKey())) {
                field(entry.getKey(), entry.getValue(), shape, at.child(entry.getKey()));
            }
        }
        if (object.has("amount")) {
            AmountRules.check(object, at, shape.property("currency").flatMap(FieldSpec::codelist).isPresent(),
                    findings);
        }
    }

    private void field(String name, JsonNode value, Shape parent, Location at) {
        Optional<FieldSpec> spec = parent.property(name);
        if (spec.isEmpty()) {
            outside(name, value, at);
            return;
        }
        if (spec.get().deprecation().isPresent()) {
            FieldIssues.deprecated(at.pointer(), spec.get().deprecation().get(), findings);
        }
        if (EmptyValues.isEmpty(value)) {
            FieldIssues.empty(at.pointer(), findings);
            return;
        }
        value(spec.get(), value, at);
    }

    /** A field the schema does not declare: additional (unless a language variant), and maybe empty inside. */
    private void outside(String name, JsonNode value, Location at) {
        if (!LanguageVariants.matches(name)) {
            FieldIssues.additional(at.pointer(), value, findings);
        }
        if (EmptyValues.isEmpty(value)) {
            FieldIssues.empty(at.pointer(), findings);
        } else {
            EmptyValues.within(value, at.pointer(), findings);
        }
    }

    private void value(FieldSpec spec, JsonNode value, Location at) {
        if (value.isObject()) {
            object(value, spec.shape(), at, Set.of());
            if (spec.name().equals("identifier")) {
                IdentifierRules.check(value, at, findings);
            }
        } else if (value.isArray()) {
            array(spec, value, at);
        } else if (!NumberRules.absurd(spec.name(), value, at, findings)) {
            CodelistCheck.check(spec, value, at, codelists, findings);
        }
    }

    private void array(FieldSpec spec, JsonNode array, Location at) {
        Shape items = spec.shape().items().orElse(NONE);
        boolean idsExpected = spec.itemIdsOptional();
        boolean identifiers = spec.name().equals("additionalIdentifiers");
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            Location itemAt = at.index(i);
            if (item.isObject()) {
                objectItem(item, items, itemAt, idsExpected, identifiers);
            } else if (EmptyValues.isEmpty(item)) {
                FieldIssues.empty(itemAt.pointer(), findings);
            } else if (item.isArray()) {
                EmptyValues.within(item, itemAt.pointer(), findings);
            } else if (!NumberRules.absurd(spec.name(), item, itemAt, findings)) {
                CodelistCheck.check(spec, item, itemAt, codelists, findings);
            }
        }
    }

    private void objectItem(JsonNode item, Shape shape, Location at, boolean idExpected, boolean identifier) {
        if (item.isEmpty()) {
            FieldIssues.empty(at.pointer(), findings);
            return;
        }
        if (idExpected && !item.has("id")) {
            FieldIssues.missingId(at.pointer(), findings);
        }
        object(item, shape, at, Set.of());
        if (identifier) {
            IdentifierRules.check(item, at, findings);
        }
    }
}
