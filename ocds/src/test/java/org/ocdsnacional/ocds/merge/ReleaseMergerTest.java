package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Merge behaviour the peer's README describes beyond its compiled fixtures, and real releases. */
class ReleaseMergerTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static ReleaseMerger merger;

    @BeforeAll
    static void createMerger() throws IOException {
        merger = ReleaseMerger.create(SharedFixtures.mirror(), MAPPER);
    }

    @Test
    void mergesInDateOrderWithUndatedReleasesFirst() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '3', 'date': '2024-03-01T00:00:00Z', 'tender': {'title': 'third'}}"),
                release("{'id': '1', 'tender': {'title': 'undated'}}"),
                release("{'id': '2', 'date': '2024-01-01T00:00:00Z', 'tender': {'title': 'second', 'status': 'active'}}")));

        assertEquals(json("{'tag': ['compiled'], 'id': 'ocds-213czf-A-2024-03-01T00:00:00Z', 'date': "
                + "'2024-03-01T00:00:00Z', 'ocid': 'ocds-213czf-A', 'initiationType': 'tender', 'tender': {'title': 'third', 'status': 'active'}}"), compiled);
    }

    @Test
    void nullRemovesAWholeObject() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'planning': {'rationale': 'x', 'budget': {'id': 'b'}}}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'planning': {'budget': null}}")));

        assertEquals(json("{'rationale': 'x'}"), compiled.get("planning"));
    }

    @Test
    void keepsObjectsWithoutIdAndDoesNotConfuseThemWithIds() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'awards': [{'title': 'no id'}, {'id': '0', 'title': 'zero'}]}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'awards': [{'title': 'no id again'}]}")));

        assertEquals(json("[{'title': 'no id'}, {'id': '0', 'title': 'zero'}, {'title': 'no id again'}]"), compiled.get("awards"));
    }

    @Test
    void aRepeatedIdInOneReleaseMergesIntoOneObjectWithTheLastValues() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'awards': [{'id': 'A', 'title': 'first'}, {'id': 'A', 'title': 'last'}]}")));

        assertEquals(json("[{'id': 'A', 'title': 'last'}]"), compiled.get("awards"));
    }

    @Test
    void wholeListMergeKeepsRepeatedIds() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'parties': [{'id': 'P', 'additionalIdentifiers': "
                        + "[{'id': 'X', 'scheme': 'MX-RFC'}, {'id': 'X', 'scheme': 'MX-CURP'}]}]}")));

        assertEquals(2, compiled.at("/parties/0/additionalIdentifiers").size());
    }

    @Test
    void ocds10MergesSuppliersWholeWhile11MergesThemById() throws IOException {
        List<Release> releases = List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'awards': [{'id': 'A', 'suppliers': [{'id': 'S1', 'name': 'Uno'}]}]}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'awards': [{'id': 'A', 'suppliers': [{'id': 'S2', 'name': 'Dos'}]}]}"));
        ReleaseMerger v10 = ReleaseMerger.create(SharedFixtures.mirror(), MAPPER, OcdsVersion.V1_0);

        assertEquals(1, v10.compile(releases).at("/awards/0/suppliers").size());
        assertEquals(2, merger.compile(releases).at("/awards/0/suppliers").size());
    }

    @Test
    void fieldsOutsideTheSchemaMergeByTheSameRules() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'contratoMarco': {'clave': 'CM-1'}, 'fuentes': ['federal'], "
                        + "'hitos': [{'id': 'h1', 'fecha': 'enero'}]}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'contratoMarco': {'vigente': true}, 'fuentes': ['estatal'], "
                        + "'hitos': [{'id': 'h2'}]}")));

        assertEquals(json("{'clave': 'CM-1', 'vigente': true}"), compiled.get("contratoMarco"));
        assertEquals(json("['estatal']"), compiled.get("fuentes"));
        assertEquals(2, compiled.get("hitos").size());
    }

    @Test
    void leavesTheReleasesUntouched() {
        Release first = release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'awards': [{'id': 'A', 'items': [{'id': 'i'}]}]}");
        Release second = release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'awards': [{'id': 'A', 'items': [{'id': 'i', 'quantity': 2}]}]}");
        ObjectNode before = first.json().deepCopy();

        merger.compile(List.of(first, second));

        assertEquals(before, first.json());
    }

    @Test
    void compilesEveryProcessOfTheRealMexicanFixtures() throws IOException, ReadException {
        Map<String, List<Release>> byOcid = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SharedFixtures.require("fixtures/real"))) {
            for (Path file : files.filter(f -> f.toString().contains("/mexico-") && f.toString().endsWith(".json")).toList()) {
                OcdsReader.create(MAPPER).read(file, (release, info) ->
                        byOcid.computeIfAbsent(release.ocid(), ocid -> new ArrayList<>()).add(release));
            }
        }

        byOcid.forEach((ocid, releases) -> {
            ObjectNode compiled = merger.compile(releases);
            assertEquals(ocid, compiled.path("ocid").asText(ocid));
            assertEquals("compiled", compiled.at("/tag/0").asText());
        });
    }

    @Test
    void needsAtLeastOneRelease() {
        assertThrows(IllegalArgumentException.class, () -> merger.compile(List.of()));
    }

    private static Release release(String fields) {
        ObjectNode json = (ObjectNode) json("{'ocid': 'ocds-213czf-A', 'tag': ['tender'], 'initiationType': 'tender'}");
        json.setAll((ObjectNode) json(fields));
        return new Release(json);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (IOException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }
}
