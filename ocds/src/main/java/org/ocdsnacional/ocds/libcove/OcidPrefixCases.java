package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** {@code bad_ocid_prefixes}: the ocids that do not start with {@code ocds-} and six lower-case characters. */
final class OcidPrefixCases {

    private static final String SECTION = "bad_ocid_prefixes";

    private OcidPrefixCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            String fixture = peerCase.path("fixture").asText();
            Optional<JsonNode> data = context.fixture(fixture);
            String name = fixture.replaceFirst("^fixtures/", "");
            if (data.isEmpty()) {
                rows.add(new AgreementRow(SECTION, name, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot"));
                continue;
            }
            TreeSet<String> expected = new TreeSet<>();
            peerCase.path("expected_bad").forEach(bad -> expected.add(bad.path("path").asText() + "="
                    + bad.path("ocid").asText()));
            TreeSet<String> ours = new TreeSet<>();
            for (ValidationIssue issue : context.validate(data.get(), Optional.empty()).issues()) {
                if (issue.type().equals("ocid.prefix")) {
                    ours.add(PeerErrors.peerPath(issue.path()) + "=" + issue.value());
                }
            }
            rows.add(AgreementRow.compare(SECTION, name, expected.toString(), ours.toString()));
        }
        return rows;
    }
}
