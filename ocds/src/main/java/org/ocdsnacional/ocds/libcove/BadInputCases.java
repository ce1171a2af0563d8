package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code bad_input}: text that is not JSON, and a package declaring a version that does not exist. */
final class BadInputCases {

    private static final String SECTION = "bad_input";

    private BadInputCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            String raw = peerCase.path("raw").asText();
            String expected = switch (peerCase.path("error").asText()) {
                case "json.JSONDecodeError" -> "not JSON";
                case "OCDSVersionError" -> "version not one of 1.0, 1.1";
                default -> peerCase.path("error").asText();
            };
            rows.add(AgreementRow.compare(SECTION, raw, expected, ours(context, raw)));
        }
        return rows;
    }

    private static String ours(PeerContext context, String raw) {
        JsonNode data;
        try {
            data = context.mapper().readTree(raw);
        } catch (JacksonException e) {
            return "not JSON";
        }
        List<ValidationIssue> issues = context.validate(data, Optional.empty()).issues();
        return issues.stream().anyMatch(issue -> issue.type().equals("version.unknown"))
                ? "version not one of 1.0, 1.1" : "accepted";
    }
}
