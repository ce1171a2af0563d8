package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code additional_checks_empty_fields}: where values are set but empty (blank, {@code {}}, {@code []}). */
final class EmptyFieldCases {

    private static final String SECTION = "empty_fields";

    private EmptyFieldCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            List<JsonNode> inputs = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode fixture : peerCase.path("fixtures")) {
                Optional<JsonNode> data = context.fixture(fixture.asText());
                data.ifPresent(inputs::add);
                names.add(fixture.asText().replaceAll(".*/", ""));
            }
            for (JsonNode inline : peerCase.path("inline_data")) {
                inputs.add(inline);
                names.add(Peer.inline(inline));
            }
            if (inputs.size() < names.size()) {
                rows.add(new AgreementRow(SECTION, String.join(", ", names), "", "", Verdict.FIXTURE_MISSING,
                        "not in the snapshot"));
                continue;
            }
            rows.add(AgreementRow.compare(SECTION, String.join(", ", names), expected(peerCase.path("expected")),
                    ours(context, inputs)));
        }
        return rows;
    }

    private static String expected(JsonNode expected) {
        List<String> perInput = new ArrayList<>();
        if (expected.isArray()) {
            expected.forEach(one -> perInput.add(locations(one)));
        } else {
            perInput.add(locations(expected));
        }
        return perInput.toString();
    }

    private static String locations(JsonNode expected) {
        List<String> paths = new ArrayList<>();
        expected.path("empty_field").forEach(field -> paths.add(field.path("json_location").asText()));
        paths.sort(null);
        return paths.toString();
    }

    private static String ours(PeerContext context, List<JsonNode> inputs) {
        List<String> perInput = new ArrayList<>();
        for (JsonNode input : inputs) {
            perInput.add(Peer.paths(context.validate(input, Optional.empty()).issues(), "field.empty").toString());
        }
        return perInput.toString();
    }
}
