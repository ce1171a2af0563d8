package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.ocdsnacional.ocds.profile.ProfileBuilder;
import org.ocdsnacional.ocds.profile.ProfileKey;
import org.ocdsnacional.ocds.profile.Shape;
import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code missing_ids}: items of arrays whose {@code id} is optional but that lack one, and which arrays of the 1.1
 * schema those are.
 */
final class MissingIdCases {

    private static final String SECTION = "missing_ids";

    private MissingIdCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        Shape release = ProfileBuilder.create(context.mirror(), context.mapper())
                .build(ProfileKey.core(OcdsVersion.V1_1)).release();
        for (JsonNode peerCase : cases) {
            String fixture = peerCase.path("fixture").asText();
            Optional<JsonNode> data = context.fixture(fixture);
            String name = fixture.replaceFirst("^fixtures/", "");
            if (data.isEmpty()) {
                rows.add(new AgreementRow(SECTION, name, "", "", Verdict.FIXTURE_MISSING, "not in the snapshot"));
                continue;
            }
            List<String> found = Peer.paths(context.validate(data.get(),
                    Optional.of(peerCase.path("schema_version").asText())).issues(), "field.missing_id");
            rows.add(AgreementRow.compare(SECTION, name, Peer.text(peerCase.path("expected")),
                    new TreeSet<>(found).toString()));
            rows.add(AgreementRow.compare(SECTION, "optional ids of the 1.1 schema",
                    Peer.text(paths(peerCase.path("optional_id_paths_in_1_1_schema"))), optionalIds(release)));
        }
        return rows;
    }

    private static JsonNode paths(JsonNode tuples) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (JsonNode tuple : tuples) {
            List<String> segments = new ArrayList<>();
            tuple.forEach(segment -> segments.add(segment.asText()));
            array.add(String.join("/", segments));
        }
        return array;
    }

    private static String optionalIds(Shape release) {
        TreeSet<String> paths = new TreeSet<>();
        ShapeWalk.fields(release, "releases", (path, field) -> {
            if (field.itemIdsOptional()) {
                paths.add(path + "/id");
            }
        });
        return paths.toString();
    }
}
