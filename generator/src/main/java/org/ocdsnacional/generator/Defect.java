package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

/**
 * The mistakes real publishers make, one per invalid release: each is something the validator (schema, codelists,
 * or the additional checks of VALIDATION.md) reports.
 */
enum Defect {
    MISSING_DATE(release -> release.remove("date")),
    DATE_NOT_ISO(release -> release.put("date", "15/03/2023")),
    MISSING_ID(release -> release.remove("id")),
    UNKNOWN_TAG(release -> release.putArray("tag").add("adjudicacion")),
    AMOUNT_AS_TEXT(release -> value(release).put("amount", "1,234,567.00")),
    CURRENCY_NOT_ISO(release -> value(release).put("currency", "PESOS")),
    NEGATIVE_AMOUNT(release -> value(release).put("amount", -15000)),
    MALFORMED_RFC(release -> ((ObjectNode) firstParty(release).get("identifier")).put("id", "XAXX01010")),
    METHOD_DETAILS_MISMATCH(release -> ((ObjectNode) release.get("tender"))
            .put("procurementMethod", "open").put("procurementMethodDetails", "Adjudicación directa")),
    TENDER_PERIOD_REVERSED(release -> ((ObjectNode) release.get("tender")).putObject("tenderPeriod")
            .put("startDate", "2024-05-30T09:00:00-06:00").put("endDate", "2024-05-01T18:00:00-06:00")),
    TAG_NOT_A_LIST(release -> release.put("tag", "tender"));

    static final List<Defect> ALL = List.of(values());

    private final Consumer<ObjectNode> apply;

    Defect(Consumer<ObjectNode> apply) {
        this.apply = apply;
    }

    /** Makes {@code release} (a freshly generated one) invalid in this way. */
    void applyTo(ObjectNode release) {
        apply.accept(release);
    }

    private static ObjectNode value(ObjectNode release) {
        JsonNode awards = release.path("awards");
        JsonNode owner = awards.isArray() && !awards.isEmpty() ? awards.get(0) : release.get("tender");
        return (ObjectNode) owner.get("value");
    }

    private static ObjectNode firstParty(ObjectNode release) {
        return (ObjectNode) ((ArrayNode) release.get("parties")).get(0);
    }
}
