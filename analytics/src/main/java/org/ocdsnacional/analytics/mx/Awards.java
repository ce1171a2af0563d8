package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.release.CalendarDates;
import org.ocdsnacional.analytics.release.Fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The awards of a compiled release that the Mexican flags read: those in force (status {@code active}, or no status,
 * as many Mexican publishers leave it out), each dated by its {@code date}, or else by the earliest
 * {@code dateSigned} of its contracts.
 */
final class Awards {

    private Awards() {
    }

    /**
     * An award in force.
     *
     * @param pointer its JSON Pointer ({@code /awards/0})
     * @param json    the award
     * @param date    when it was made, and the field that says so
     */
    record Award(String pointer, JsonNode json, Optional<Dated> date) {

        List<JsonNode> suppliers() {
            return Fields.array(json, "suppliers");
        }
    }

    /**
     * A date read from a field.
     *
     * @param field the field's JSON Pointer
     * @param text  the date as published
     * @param day   its calendar day in Mexico City
     */
    record Dated(String field, String text, LocalDate day) {

        Evidence evidence() {
            return new Evidence(field, text);
        }
    }

    static List<Award> inForce(JsonNode release) {
        List<Award> awards = new ArrayList<>();
        List<JsonNode> all = Fields.array(release, "awards");
        for (int i = 0; i < all.size(); i++) {
            JsonNode award = all.get(i);
            Optional<String> status = Fields.text(award, "status");
            if (award.isObject() && (status.isEmpty() || status.get().equals("active"))) {
                String pointer = Fields.pointer("", "awards", i);
                awards.add(new Award(pointer, award, date(release, award, pointer)));
            }
        }
        return awards;
    }

    private static Optional<Dated> date(JsonNode release, JsonNode award, String pointer) {
        Optional<Dated> own = dated(award, "date", pointer + "/date");
        if (own.isPresent()) {
            return own;
        }
        Optional<String> id = Fields.id(award, "id");
        Optional<Dated> earliest = Optional.empty();
        List<JsonNode> contracts = Fields.array(release, "contracts");
        for (int i = 0; i < contracts.size(); i++) {
            JsonNode contract = contracts.get(i);
            if (id.isEmpty() || !id.equals(Fields.id(contract, "awardID"))) {
                continue;
            }
            Optional<Dated> signed = dated(contract, "dateSigned", Fields.pointer("", "contracts", i) + "/dateSigned");
            if (signed.isPresent() && (earliest.isEmpty() || signed.get().day().isBefore(earliest.get().day()))) {
                earliest = signed;
            }
        }
        return earliest;
    }

    static Optional<Dated> dated(JsonNode node, String field, String pointer) {
        return Fields.text(node, field)
                .flatMap(text -> CalendarDates.of(text).map(day -> new Dated(pointer, text, day)));
    }
}
