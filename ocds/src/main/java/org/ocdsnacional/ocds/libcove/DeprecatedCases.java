package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.profile.SchemaFields;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;
import org.ocdsnacional.ocds.validate.ValidationIssue;
import org.ocdsnacional.ocds.validate.ValidationOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code deprecated_fields}: deprecated fields used in the data (with the version and the explanation), and the
 * deprecated paths a schema declares. The peer's cases replace the release schema with a test schema; so do we.
 */
final class DeprecatedCases {

    private static final String SECTION = "deprecated_fields";
    private static final String TEST_SCHEMA = "fixtures/release_schema_deprecated_fields.json";

    private DeprecatedCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            rows.add(row(context, peerCase));
        }
        return rows;
    }

    private static AgreementRow row(PeerContext context, JsonNode peerCase) throws IOException {
        Optional<Path> schema = context.fixtureFile(TEST_SCHEMA);
        if (peerCase.has("schema")) {
            return schema.isEmpty() ? missing(TEST_SCHEMA) : declared(context, peerCase, schema.get());
        }
        if (peerCase.has("inline_data")) {
            return used(SECTION, Peer.inline(peerCase.path("inline_data")), expected(peerCase.path("expected")),
                    context.validate(peerCase.path("inline_data"), Optional.of(peerCase.path("schema_version").asText()))
                            .issues());
        }
        String fixture = peerCase.path("fixture").asText();
        Optional<JsonNode> data = context.fixture(fixture);
        if (data.isEmpty() || schema.isEmpty()) {
            return missing(fixture);
        }
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(new SchemaOverrideSource(
                Files.readString(schema.get()), context.source()), context.mapper(), ValidationOptions.DEFAULTS);
        return used(SECTION, fixture.replaceFirst("^fixtures/", ""), expected(peerCase.path("expected")),
                PeerContext.validate(validator, data.get()).issues());
    }

    /** The deprecated paths the test schema declares, under {@code releases} as the peer reads the package. */
    private static AgreementRow declared(PeerContext context, JsonNode peerCase, Path schema) throws IOException {
        TreeSet<String> expected = new TreeSet<>();
        for (JsonNode entry : peerCase.path("expected_deprecated_paths")) {
            List<String> path = new ArrayList<>();
            entry.path(0).forEach(segment -> path.add(segment.asText()));
            expected.add(String.join("/", path) + " (" + entry.path(1).path(0).asText() + ": "
                    + entry.path(1).path(1).asText() + ")");
        }
        TreeSet<String> ours = new TreeSet<>();
        ShapeWalk.fields(SchemaFields.of(context.mapper().readTree(schema.toFile())), "releases", (path, field) ->
                field.deprecation().ifPresent(d -> ours.add(path + " (" + d.version() + ": " + d.description() + ")")));
        return AgreementRow.compare(SECTION, "paths declared by " + TEST_SCHEMA.replaceFirst("^fixtures/", ""),
                expected.toString(), ours.toString());
    }

    private static String expected(JsonNode expected) {
        Map<String, String> fields = new TreeMap<>();
        expected.properties().forEach(e -> {
            JsonNode field = e.getValue();
            String version = field.has("explanation") ? field.path("explanation").path(0).asText()
                    : field.path("explanation_version").asText();
            String explanation = field.has("explanation") ? field.path("explanation").path(1).asText()
                    : "…" + field.path("explanation_contains").asText() + "…";
            fields.put(e.getKey(), Peer.text(field.path("paths")) + " " + version + ": " + explanation);
        });
        return fields.toString();
    }

    private static AgreementRow used(String section, String name, String expected, List<ValidationIssue> issues) {
        Map<String, TreeSet<String>> paths = new TreeMap<>();
        Map<String, ValidationIssue> first = new TreeMap<>();
        for (ValidationIssue issue : issues) {
            if (issue.type().equals("field.deprecated")) {
                String parent = PeerErrors.peerPath(issue.path()).replaceFirst("/[^/]*$", "");
                paths.computeIfAbsent(issue.field(), k -> new TreeSet<>()).add(parent);
                first.putIfAbsent(issue.field(), issue);
            }
        }
        Map<String, String> ours = new TreeMap<>();
        first.forEach((field, issue) -> {
            String explanation = issue.details().get("explanation");
            String shown = expected.contains("…") ? shorten(expected, field, explanation) : explanation;
            ours.put(field, paths.get(field) + " " + issue.details().get("deprecatedIn") + ": " + shown);
        });
        return AgreementRow.compare(section, name, expected, ours.toString());
    }

    /** The explanation as the peer's "contains" expectation words it, when ours contains that part. */
    private static String shorten(String expected, String field, String explanation) {
        int start = expected.indexOf('…', expected.indexOf(field + "="));
        String part = expected.substring(start + 1, expected.indexOf('…', start + 1));
        return explanation.contains(part) ? "…" + part + "…" : explanation;
    }

    private static AgreementRow missing(String fixture) {
        return new AgreementRow(SECTION, fixture, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot");
    }
}
