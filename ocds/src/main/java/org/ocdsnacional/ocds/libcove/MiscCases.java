package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.profile.SchemaFields;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code misc}: the fields present in data (by path without indexes), the top-level fields of a schema, and an
 * extension whose patch refers to a definition that does not exist (reported, not a crash).
 */
final class MiscCases {

    private static final String SECTION = "misc";
    private static final String UNRESOLVABLE = "<URL of fixtures/extensions/unresolvable/extension.json>";

    private MiscCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            rows.add(row(context, peerCase));
        }
        return rows;
    }

    private static AgreementRow row(PeerContext context, JsonNode peerCase) throws IOException {
        if (peerCase.has("inline_data")) {
            return unresolvable(context, peerCase.path("inline_data"));
        }
        String fixture = peerCase.path("fixture").asText();
        String name = fixture.replaceFirst("^fixtures/", "");
        Optional<JsonNode> data = context.fixture(fixture);
        if (data.isEmpty()) {
            return new AgreementRow(SECTION, name, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot");
        }
        if (peerCase.has("schema_top_level_fields_sorted")) {
            TreeSet<String> ours = new TreeSet<>();
            SchemaFields.of(data.get()).properties().keySet().forEach(field -> ours.add("/" + field));
            return AgreementRow.compare(SECTION, name + " top-level schema fields",
                    Peer.text(peerCase.path("schema_top_level_fields_sorted")), ours.toString());
        }
        Map<String, Map<String, String>> present = FieldsPresent.of(data.get());
        if (peerCase.has("fields_present_sorted")) {
            return AgreementRow.compare(SECTION, name + " fields present",
                    Peer.text(peerCase.path("fields_present_sorted")), new TreeSet<>(present.keySet()).toString());
        }
        JsonNode example = peerCase.path("generic_path_example");
        List<String> segments = new ArrayList<>();
        example.path("path").forEach(segment -> segments.add(segment.asText()));
        String path = "/" + String.join("/", segments);
        return AgreementRow.compare(SECTION, name + " generic paths",
                peerCase.path("generic_paths_count").asText() + " paths; " + path + " " + Peer.text(example.path("values")),
                present.size() + " paths; " + path + " " + new TreeMap<>(present.getOrDefault(path, Map.of())));
    }

    private static AgreementRow unresolvable(PeerContext context, JsonNode inline) {
        ObjectNode data = inline.deepCopy();
        data.putArray("extensions").add(PeerFixtureSource.PREFIX + "extensions/unresolvable/extension.json");
        List<ValidationIssue> issues = context.validate(data, Optional.empty()).issues();
        String ours = issues.stream().filter(issue -> issue.type().equals("extension.broken_ref")).findFirst()
                .map(issue -> "$ref error reported").orElse("no $ref error reported");
        return AgreementRow.compare(SECTION, Peer.inline(inline).replace(UNRESOLVABLE, "unresolvable"),
                "$ref error reported", ours);
    }
}
