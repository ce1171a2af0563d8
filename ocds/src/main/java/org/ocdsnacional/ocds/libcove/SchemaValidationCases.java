package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.validate.ProfileInfo;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code schema_validation}: the JSON Schema errors of whole packages, compared group by group (validator, path
 * without numbers, assumption, header) on their instance paths, and on the values the peer lists.
 */
final class SchemaValidationCases {

    static final String SECTION = "schema_validation";

    private SchemaValidationCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            rows.add(row(context, peerCase));
        }
        return rows;
    }

    private static AgreementRow row(PeerContext context, JsonNode peerCase) throws IOException {
        String fixture = peerCase.path("fixture").asText();
        String name = fixture.replaceFirst("^fixtures/", "");
        Optional<JsonNode> data = context.fixture(fixture);
        if (data.isEmpty()) {
            return new AgreementRow(SECTION, name, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot");
        }
        Optional<String> version = Optional.ofNullable(peerCase.path("schema_version").textValue());
        ValidationReport report = context.validate(data.get(), version);
        Map<String, List<String>> ours = PeerErrors.ours(report.issues());
        JsonNode errors = peerCase.path("errors");
        String expected;
        String found;
        if (errors.isTextual()) {
            expected = errors.asText().startsWith("none") ? "no errors" : "at least one error";
            found = ours.isEmpty() ? "no errors" : "at least one error";
        } else {
            expected = PeerErrors.describe(PeerErrors.expected(errors));
            found = PeerErrors.describe(ours) + missingValues(errors, PeerErrors.values(report.issues()));
        }
        String versionUsed = peerCase.path("version_used").asText("");
        if (!versionUsed.isEmpty()) {
            expected += "; version " + versionUsed;
            found += "; version " + report.profiles().stream().map(ProfileInfo::version).findFirst().orElse("?");
        }
        return AgreementRow.compare(SECTION, name, expected, found);
    }

    /** The values the peer lists that our issues do not give, as a suffix; empty when all are given. */
    private static String missingValues(JsonNode errors, Map<String, List<String>> ours) {
        List<String> missing = new ArrayList<>();
        for (JsonNode error : errors) {
            String validator = error.path("validator").asText();
            String key = PeerErrors.key(validator, error.path("path_no_number").asText(),
                    error.path("assumption").asText(""), validator.equals("required") ? error.path("header").asText() : "");
            for (JsonNode value : error.path("values")) {
                String expected = value.path("path").asText() + "=" + value.path("value").asText();
                if (!ours.getOrDefault(key, List.of()).contains(expected)) {
                    missing.add(expected);
                }
            }
        }
        return missing.isEmpty() ? "" : "; values missing: " + missing;
    }
}
