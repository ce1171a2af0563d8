package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Dates that contradict each other: a period that ends before it starts, an award dated before the tender
 * started, a contract signed before its award.
 */
final class CoherenceRules {

    private static final List<String> TENDER_PERIODS = List.of("tenderPeriod", "enquiryPeriod", "awardPeriod",
            "contractPeriod");

    private CoherenceRules() {
    }

    static void check(JsonNode release, String pointer, Findings findings) {
        JsonNode tender = release.path("tender");
        String tenderAt = JsonPointers.child(pointer, "tender");
        TENDER_PERIODS.forEach(name -> period(tender.path(name), JsonPointers.child(tenderAt, name), findings));
        OptionalLong tenderStart = Dates.of(tender.path("tenderPeriod").path("startDate"));
        JsonNode awards = JsonArrays.of(release.path("awards"));
        for (int i = 0; i < awards.size(); i++) {
            JsonNode award = awards.get(i);
            String awardAt = JsonPointers.index(JsonPointers.child(pointer, "awards"), i);
            period(award.path("contractPeriod"), JsonPointers.child(awardAt, "contractPeriod"), findings);
            tenderStart.ifPresent(start -> awardAfterTender(award.path("date"), start,
                    JsonPointers.child(awardAt, "date"), findings));
        }
        JsonNode contracts = JsonArrays.of(release.path("contracts"));
        for (int i = 0; i < contracts.size(); i++) {
            String contractAt = JsonPointers.index(JsonPointers.child(pointer, "contracts"), i);
            period(contracts.get(i).path("period"), JsonPointers.child(contractAt, "period"), findings);
            signedAfterAward(contracts.get(i), awards, JsonPointers.child(contractAt, "dateSigned"), findings);
        }
    }

    private static void period(JsonNode period, String at, Findings findings) {
        OptionalLong start = Dates.of(period.path("startDate"));
        OptionalLong end = Dates.of(period.path("endDate"));
        if (start.isEmpty() || end.isEmpty() || end.getAsLong() >= start.getAsLong()) {
            return;
        }
        String endAt = JsonPointers.child(at, "endDate");
        String text = period.path("endDate").asText();
        findings.add(Severity.WARNING, "coherence.period_order", endAt, text, () -> Texts.about(text, endAt,
                "es anterior al inicio del periodo (" + period.path("startDate").asText() + ")",
                "is before the start of the period (" + period.path("startDate").asText() + ")"),
                Map.of("startDate", period.path("startDate").asText()));
    }

    private static void awardAfterTender(JsonNode date, long tenderStart, String at, Findings findings) {
        OptionalLong awarded = Dates.of(date);
        if (awarded.isEmpty() || awarded.getAsLong() >= tenderStart) {
            return;
        }
        findings.add(Severity.WARNING, "coherence.award_before_tender", at, date.asText(), () -> Texts.about(date.asText(),
                at, "es anterior al inicio del periodo de licitación (tender/tenderPeriod/startDate)",
                "is before the start of the tender period (tender/tenderPeriod/startDate)"));
    }

    private static void signedAfterAward(JsonNode contract, JsonNode awards, String at, Findings findings) {
        OptionalLong signed = Dates.of(contract.path("dateSigned"));
        JsonNode awardId = contract.path("awardID");
        if (signed.isEmpty() || awardId.isMissingNode() || awardId.isNull()) {
            return;
        }
        for (JsonNode award : awards) {
            OptionalLong awarded = Dates.of(award.path("date"));
            if (award.path("id").asText().equals(awardId.asText()) && awarded.isPresent()
                    && signed.getAsLong() < awarded.getAsLong()) {
                String text = contract.path("dateSigned").asText();
                findings.add(Severity.WARNING, "coherence.signed_before_award", at, text, () -> Texts.about(text, at,
                        "es anterior a la fecha de su adjudicación (" + award.path("date").asText() + ")",
                        "is before the date of its award (" + award.path("date").asText() + ")"),
                        Map.of("awardID", awardId.asText()));
                return;
            }
        }
    }
}
