package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.stats.Fraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one process adds to R038's tallies: its disqualified bids out of its submitted bids, for its buyer and its
 * procuring entity, and for each tenderer its own (a bid of several tenderers counts for each).
 *
 * @param buyer           {@code buyer/id}, if a string
 * @param procuringEntity {@code tender/procuringEntity/id}, if a string
 * @param bids            disqualified bids out of submitted bids
 * @param tenderers       per tenderer id, its disqualified bids out of its submitted bids
 */
public record Disqualifications(Optional<String> buyer, Optional<String> procuringEntity, Fraction bids,
                                Map<String, Fraction> tenderers) {

    public Disqualifications {
        tenderers = Map.copyOf(tenderers);
    }

    /** None when the process has no submitted bid. */
    static Optional<Disqualifications> of(CardinalRelease release) {
        List<JsonNode> submitted = release.submittedBids();
        if (submitted.isEmpty()) {
            return Optional.empty();
        }
        long disqualified = 0;
        Map<String, Fraction> tenderers = new LinkedHashMap<>();
        for (JsonNode bid : submitted) {
            long increment = Fields.hasStatus(bid, "disqualified") ? 1 : 0;
            disqualified += increment;
            for (JsonNode tenderer : Fields.array(bid, "tenderers")) {
                Fields.text(tenderer, "id").ifPresent(id -> tenderers.merge(id, new Fraction(increment, 1),
                        Fraction::plus));
            }
        }
        return Optional.of(new Disqualifications(Fields.text(Fields.object(release.json(), "buyer"), "id"),
                Fields.text(Fields.object(release.tender(), "procuringEntity"), "id"),
                new Fraction(disqualified, submitted.size()), tenderers));
    }
}
