package org.ocdsnacional.ocds.merge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SharedFixtures;
import org.ocdsnacional.ocds.schema.ShippedSchemaSource;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void nullOnAnObjectKeepsTheFieldsSetEarlierAsOcdsMergeDoes() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'planning': {'rationale': 'x', 'budget': {'id': 'b'}}}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'planning': {'budget': null, 'rationale': null}}")));

        assertEquals(json("{'budget': {'id': 'b'}}"), compiled.get("planning"));
    }

    @Test
    void anObjectWhoseFieldsAreAllNullStaysAsAnEmptyObject() {
        ObjectNode compiled = merger.compile(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'tender': {'title': null}, 'awards': [{'title': null}]}")));

        assertEquals(json("{}"), compiled.get("tender"));
        assertEquals(json("[{}]"), compiled.get("awards"));
    }

    @Test
    void undatedReleasesComeFirstWithAWarningNotAFailure() {
        MergeResult result = merger.compiled(List.of(
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'tender': {'title': 'dated'}}"),
                release("{'id': '1', 'tender': {'title': 'undated'}}")));

        assertEquals("dated", result.release().at("/tender/title").asText());
        assertEquals(List.of(new MergeWarning(MergeWarning.Kind.UNDATED_RELEASE, "1", "", result.warnings().getFirst().message())),
                result.warnings());
    }

    @Test
    void repeatedReleaseIdsAndObjectIdsAreWarningsWithTheirPlace() {
        MergeResult result = merger.compiled(List.of(
                release("{'id': 'R', 'date': '2024-01-01T00:00:00Z', 'awards': [{'id': 'A', 'title': 'uno'}, {'id': 'A', 'value': {'amount': 5}}]}"),
                release("{'id': 'R', 'date': '2024-01-02T00:00:00Z'}")));

        assertEquals(List.of("DUPLICATE_RELEASE_ID R", "DUPLICATE_OBJECT_ID R/awards/1"), kindsAndPlaces(result));
        assertEquals(json("[{'id': 'A', 'title': 'uno', 'value': {'amount': 5}}]"), result.release().get("awards"));
    }

    @Test
    void aFieldWhoseTypeChangesIsAWarningNamingItsPointer() {
        MergeResult valueThenObject = merger.compiled(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'tender': {'value': 'mucho'}}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'tender': {'value': {'amount': 10}}}")));
        MergeResult objectThenValue = merger.compiled(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'tender': {'value': {'amount': 10}}}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'tender': {'value': 'mucho'}}")));

        assertEquals(json("{'amount': 10}"), valueThenObject.release().at("/tender/value"));
        assertEquals(List.of("INCONSISTENT_TYPE 2/tender/value"), kindsAndPlaces(valueThenObject));
        assertEquals(json("{'amount': 10}"), objectThenValue.release().at("/tender/value"), "kept, as ocds-merge keeps it");
        assertEquals(List.of("INCONSISTENT_TYPE 2/tender/value"), kindsAndPlaces(objectThenValue));
    }

    @Test
    void versionedReleasesKeepTheIdsOfListObjectsAndVersionTheRest() {
        MergeResult versioned = merger.versioned(List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'awards': [{'id': 'A', 'status': 'pending'}]}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'awards': [{'id': 'A', 'status': 'active'}]}")));

        assertEquals("ocds-213czf-A", versioned.release().get("ocid").asText());
        assertEquals("A", versioned.release().at("/awards/0/id").asText());
        assertEquals(json("[{'releaseID': '1', 'releaseDate': '2024-01-01T00:00:00Z', 'releaseTag': ['tender'], 'value': 'pending'},"
                + "{'releaseID': '2', 'releaseDate': '2024-01-02T00:00:00Z', 'releaseTag': ['tender'], 'value': 'active'}]"),
                versioned.release().at("/awards/0/status"));
        assertTrue(versioned.warnings().isEmpty());
    }

    @Test
    void extensionsDeclaredBringTheirRules() throws IOException {
        List<Release> releases = List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'tender': {'value': {'exchangeRates': [{'rate': 17.1, 'currency': 'USD'}]}}}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'tender': {'value': {'exchangeRates': [{'rate': 18.2, 'currency': 'USD'}]}}}"));
        ExtendedSchema extended = ExtendedSchema.load(SharedFixtures.mirror(), MAPPER, OcdsVersion.V1_1.releaseSchemaUrl(),
                List.of("https://raw.githubusercontent.com/open-contracting/ocds_exchangeRate_extension/master/extension.json"));

        assertEquals(List.of(), extended.unreadable());
        assertEquals(2, merger.compile(releases).at("/tender/value/exchangeRates").size(), "undeclared: appended");
        assertEquals(json("[{'rate': 18.2, 'currency': 'USD'}]"),
                ReleaseMerger.forSchema(extended.schema()).compile(releases).at("/tender/value/exchangeRates"),
                "wholeListMerge from the extension");
    }

    @Test
    void aPackageDeclaringVersion10GetsThe10Rules() throws IOException {
        MergerProfiles profiles = MergerProfiles.create(SharedFixtures.mirror(), MAPPER);
        List<Release> releases = List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'awards': [{'id': 'A', 'suppliers': [{'id': 'S1'}]}]}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'awards': [{'id': 'A', 'suppliers': [{'id': 'S2'}]}]}"));
        PackageMetadata v10 = new PackageMetadata(Optional.of("1.0"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
        PackageMetadata v11 = new PackageMetadata(Optional.of("1.1"), List.of(), Optional.empty(), Optional.empty(), Optional.empty());

        assertEquals(1, profiles.forPackage(v10).compile(releases).at("/awards/0/suppliers").size());
        assertEquals(2, profiles.forPackage(v11).compile(releases).at("/awards/0/suppliers").size());
        assertEquals(2, profiles.forPackage(v10).versioned(releases).release().at("/awards/0/suppliers").size(),
                "1.0 versions the whole list: two versions");
    }

    @Test
    void theVersionAndExtensionsAfterThePackagesReleasesChooseTheMergeRules(@TempDir Path folder) throws Exception {
        String exchangeRates = "https://raw.githubusercontent.com/open-contracting-extensions/ocds_exchangeRate_extension"
                + "/master/extension.json";
        Path file = Files.writeString(folder.resolve("paquete.json"), json("{'uri': 'https://example.org/p.json', "
                + "'releases': [{'ocid': 'ocds-213czf-A', 'id': '1', 'date': '2024-01-01T00:00:00Z', 'tender': {'id': 't',"
                + " 'value': {'amount': 1, 'currency': 'MXN', 'exchangeRates': [{'currency': 'USD', 'rate': 17}, "
                + "{'currency': 'GBP', 'rate': 22}]}}}, {'ocid': 'ocds-213czf-A', 'id': '2', 'date': "
                + "'2024-01-02T00:00:00Z', 'tender': {'id': 't', 'value': {'amount': 1, 'currency': 'MXN', "
                + "'exchangeRates': [{'currency': 'EUR', 'rate': 19}]}}}], 'version': '1.1', 'extensions': ['"
                + exchangeRates + "']}").toString());
        List<Release> releases = new ArrayList<>();
        List<PackageMetadata> packages = new ArrayList<>();
        OcdsReader.create(MAPPER).read(file, (release, info) -> {
            releases.add(release);
            packages.add(info);
        });

        ObjectNode compiled = MergerProfiles.create(ShippedSchemaSource.create(), MAPPER).forPackage(packages.getFirst())
                .compile(releases);

        assertEquals(json("[{'currency': 'EUR', 'rate': 19}]"), compiled.at("/tender/value/exchangeRates"),
                "wholeListMerge of the extension declared after the releases");
    }

    @Test
    void aPackageWithoutVersionIsMergedByTheRulesItIsValidatedBy() throws IOException {
        MergerProfiles profiles = MergerProfiles.create(ShippedSchemaSource.create(), MAPPER);
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(ShippedSchemaSource.create(), MAPPER);
        List<Release> releases = List.of(
                release("{'id': '1', 'date': '2024-01-01T00:00:00Z', 'awards': [{'id': 'A', 'suppliers': [{'id': 'S1'}]}]}"),
                release("{'id': '2', 'date': '2024-01-02T00:00:00Z', 'awards': [{'id': 'A', 'suppliers': [{'id': 'S2'}]}]}"));

        for (String pkg : List.of("{}", "{'version': ''}", "{'uri': 'https://example.org/p.json'}")) {
            PackageMetadata undeclared = PackageMetadata.of(json(pkg));
            assertEquals("1.0", validator.profile(undeclared).orElseThrow().version(), pkg);
            assertEquals(json("[{'id': 'S2'}]"), profiles.forPackage(undeclared).compile(releases)
                    .at("/awards/0/suppliers"), "1.0 replaces the suppliers list whole: " + pkg);
        }
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
        assertThrows(IllegalArgumentException.class, () -> merger.versioned(List.of()));
    }

    private static List<String> kindsAndPlaces(MergeResult result) {
        return result.warnings().stream().map(w -> w.kind() + " " + w.releaseId() + w.pointer()).toList();
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
