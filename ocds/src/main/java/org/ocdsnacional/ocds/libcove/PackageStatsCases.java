package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.validate.ProfileInfo;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code package_stats}: how many releases or records, how many distinct ocids, which version was used. */
final class PackageStatsCases {

    private static final String SECTION = "package_stats";

    private PackageStatsCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            String fixture = peerCase.path("fixture").asText();
            Optional<JsonNode> data = context.fixture(fixture);
            String name = fixture.replaceFirst("^fixtures/", "") + peerCase.path("cli_schema_version").asText("");
            if (data.isEmpty()) {
                rows.add(new AgreementRow(SECTION, name, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot"));
                continue;
            }
            ValidationReport report = context.validate(data.get(),
                    Optional.ofNullable(peerCase.path("cli_schema_version").textValue()));
            rows.add(AgreementRow.compare(SECTION, name, Peer.pairs(expected(peerCase)),
                    Peer.pairs(ours(peerCase, report, data.get().has("records")))));
        }
        return rows;
    }

    private static Map<String, String> expected(JsonNode peerCase) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : List.of("count", "unique_ocids_count", "version_used")) {
            if (peerCase.has(key)) {
                values.put(key, peerCase.path(key).asText());
            }
        }
        return values;
    }

    private static Map<String, String> ours(JsonNode peerCase, ValidationReport report, boolean records) {
        Map<String, String> values = new LinkedHashMap<>();
        if (peerCase.has("count")) {
            values.put("count", Long.toString(records ? report.summary().records() : report.summary().releases()));
        }
        if (peerCase.has("unique_ocids_count")) {
            values.put("unique_ocids_count", Long.toString(report.summary().ocids()));
        }
        if (peerCase.has("version_used")) {
            values.put("version_used", report.profiles().stream().map(ProfileInfo::version).findFirst().orElse("?"));
        }
        return values;
    }
}
