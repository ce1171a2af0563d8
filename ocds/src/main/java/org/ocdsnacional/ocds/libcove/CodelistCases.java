package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code codelists}: values outside closed and open codelists, per field path, with the codelist, whether it is
 * open, whether an extension introduced it, and whether an extension replaced or patched it (the URLs themselves
 * differ by source and are not compared).
 */
final class CodelistCases {

    private static final String SECTION = "codelists";

    private CodelistCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            String fixture = peerCase.path("fixture").asText();
            String name = fixture.replaceFirst("^fixtures/", "");
            Optional<JsonNode> data = context.fixture(fixture);
            if (data.isEmpty()) {
                rows.add(new AgreementRow(SECTION, name, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot"));
                continue;
            }
            JsonNode expected = peerCase.has("expected_additional_codelist_values")
                    ? peerCase.path("expected_additional_codelist_values") : peerCase.path("expected_subset");
            Map<String, String> ours = ours(context.validate(data.get(),
                    Optional.ofNullable(peerCase.path("schema_version").textValue())).issues());
            Map<String, String> wanted = new TreeMap<>();
            expected.properties().forEach(e -> wanted.put(e.getKey(), describe(e.getValue())));
            if (peerCase.has("expected_subset")) {
                ours.keySet().retainAll(wanted.keySet());
            }
            AgreementRow row = AgreementRow.compare(SECTION, name, wanted.toString(), ours.toString());
            rows.add(row.verdict() == Verdict.DISAGREE ? offline(context, data.get(), row) : row);
        }
        return rows;
    }

    /** A disagreement due to a declared extension the offline mirror lacks needs the network. */
    private static AgreementRow offline(PeerContext context, JsonNode data, AgreementRow row) {
        for (JsonNode url : data.path("extensions")) {
            try {
                context.mirror().read(URI.create(url.asText()));
            } catch (IOException e) {
                return row.because(Verdict.NEEDS_NETWORK, "extension not in the offline mirror: " + url.asText());
            }
        }
        return row;
    }

    private static String describe(JsonNode expected) {
        boolean fromStandard = expected.path("codelist_url").asText().contains("/standard/");
        return expected.path("codelist").asText() + " open=" + expected.path("isopen").asBoolean()
                + " extension=" + expected.path("extension_codelist").asBoolean() + " amended=" + !fromStandard
                + " values=" + Peer.text(expected.path("values"));
    }

    private static Map<String, String> ours(List<ValidationIssue> issues) {
        Map<String, TreeSet<String>> values = new TreeMap<>();
        Map<String, ValidationIssue> first = new TreeMap<>();
        for (ValidationIssue issue : issues) {
            if (issue.type().startsWith("codelist.")) {
                String path = PeerErrors.peerPath(issue.pathPattern());
                values.computeIfAbsent(path, k -> new TreeSet<>()).add(issue.value());
                first.putIfAbsent(path, issue);
            }
        }
        Map<String, String> described = new TreeMap<>();
        first.forEach((path, issue) -> described.put(path, issue.details().get("codelist") + " open="
                + issue.details().get("open") + " extension=" + issue.details().get("extensionCodelist")
                + " amended=" + issue.details().get("amendedByExtension") + " values=" + values.get(path)));
        return described;
    }
}
