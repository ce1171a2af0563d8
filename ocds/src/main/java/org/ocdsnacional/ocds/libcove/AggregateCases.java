package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.summary.PublicationSummary;
import org.ocdsnacional.ocds.summary.SummaryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code release_aggregates} (lib-cove-ocds 0.16): the publication summary, compared on every figure it shares
 * with the peer's aggregates (per-role dictionaries of identifiers and the lists of names without identifiers
 * have no counterpart and are not compared).
 */
final class AggregateCases {

    private static final String SECTION = "release_aggregates";

    private AggregateCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            String fixture = peerCase.path("fixture").asText("");
            Optional<JsonNode> input = fixture.isEmpty() ? Optional.of(peerCase.path("input"))
                    : context.fixture(fixture);
            String name = fixture.isEmpty() ? Peer.inline(peerCase.path("input")) : fixture.replaceFirst("^fixtures/", "");
            if (input.isEmpty()) {
                rows.add(new AgreementRow(SECTION, name, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot"));
                continue;
            }
            JsonNode expected = peerCase.has("expected") ? peerCase.path("expected") : peerCase.path("expected_subset");
            Map<String, String> ours = AggregateFigures.of(summary(input.get()));
            Map<String, String> wanted = new TreeMap<>();
            Map<String, String> found = new TreeMap<>();
            expected.properties().forEach(entry -> {
                if (ours.containsKey(entry.getKey())) {
                    wanted.put(entry.getKey(), AggregateFigures.expected(entry.getKey(), entry.getValue()));
                    found.put(entry.getKey(), ours.get(entry.getKey()));
                }
            });
            rows.add(AgreementRow.compare(SECTION, name, Peer.pairs(wanted), Peer.pairs(found)));
        }
        return rows;
    }

    private static PublicationSummary summary(JsonNode input) {
        SummaryBuilder builder = SummaryBuilder.create();
        input.path("releases").forEach(builder::release);
        builder.currencies(input);
        return builder.build();
    }
}
