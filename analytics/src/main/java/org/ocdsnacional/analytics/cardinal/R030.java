package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.Rfc3339;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R030, late bid won: a valid bid received after {@code tender/tenderPeriod/endDate} was submitted by a supplier
 * of an active award. Those tenderers are flagged too. Value 1.0 (1.0 on each tenderer).
 *
 * <p>Dates are compared as instants when both are RFC 3339 date-times, else as text, as Cardinal compares them
 * always; the two agree whenever both dates are written alike, and instants are right when the zones differ.
 */
final class R030 implements ProcessIndicator {

    @Override
    public Optional<ProcessFinding> assess(CardinalRelease release, MainCurrency currency) {
        JsonNode period = Fields.object(release.tender(), "tenderPeriod");
        Optional<String> deadline = Fields.text(period, "endDate");
        if (deadline.isEmpty() || !Fields.isArray(release.json(), "awards")
                || !Fields.isArray(Fields.object(release.json(), "bids"), "details")) {
            return Optional.empty();
        }
        Set<String> suppliers = activeSuppliers(release.json());
        Set<String> late = new LinkedHashSet<>();
        List<Evidence> evidence = new ArrayList<>();
        List<JsonNode> bids = release.bidDetails();
        for (int i = 0; i < bids.size(); i++) {
            JsonNode bid = bids.get(i);
            Optional<String> date = Fields.text(bid, "date");
            if (!Fields.hasStatus(bid, "valid") || date.isEmpty() || !after(date.get(), deadline.get())) {
                continue;
            }
            for (JsonNode tenderer : Fields.array(bid, "tenderers")) {
                Fields.text(tenderer, "id").filter(suppliers::contains).ifPresent(late::add);
            }
            if (!late.isEmpty() && evidence.isEmpty()) {
                evidence.add(Evidence.of(Fields.pointer("/bids", "details", i) + "/date", date.get()));
            }
        }
        if (late.isEmpty()) {
            return Optional.empty();
        }
        evidence.addFirst(Evidence.of("/tender/tenderPeriod/endDate", deadline.get()));
        evidence.add(Evidence.of("tenderers", String.join(", ", late)));
        return Optional.of(new ProcessFinding(new Flag(FlagCode.R030, 1.0, evidence), late, 1.0));
    }

    private static Set<String> activeSuppliers(JsonNode release) {
        Set<String> ids = new HashSet<>();
        for (JsonNode award : Fields.array(release, "awards")) {
            if (Fields.hasStatus(award, "active") && Fields.isArray(award, "suppliers")) {
                Fields.array(award, "suppliers").forEach(supplier -> Fields.text(supplier, "id").ifPresent(ids::add));
            }
        }
        return ids;
    }

    static boolean after(String date, String deadline) {
        Optional<Instant> received = Rfc3339.parse(date);
        Optional<Instant> end = Rfc3339.parse(deadline);
        if (received.isPresent() && end.isPresent()) {
            return received.get().isAfter(end.get());
        }
        return date.compareTo(deadline) > 0;
    }
}
