package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.schema.SchemaNotFoundException;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.ocdsnacional.ocds.schema.SharedFixtures;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Profiles built from the offline mirror, with extensions served from memory where a case needs its own. */
class ProfileBuilderTest {

    private static final String RAW = "https://raw.githubusercontent.com/";
    private static final String TEST = "https://example.org/ext/";
    private static SchemaSource mirror;

    @BeforeAll
    static void openMirror() {
        mirror = SharedFixtures.mirror();
    }

    @Test
    void theCoreProfileHasTheCoreCodelistsAndNoExtensions() throws IOException {
        SchemaProfile profile = build(Map.of(), List.of());

        assertFalse(profile.extended());
        assertTrue(profile.codelists().get("tenderStatus.csv").orElseThrow().codes().contains("planning"));
        assertFalse(profile.codelists().get("tenderStatus.csv").orElseThrow().amended());
        assertTrue(profile.release().property("tender").isPresent());
    }

    @Test
    void anExtensionPatchesTheReleaseSchema() throws IOException {
        SchemaProfile profile = build(Map.of(), List.of(RAW + "open-contracting/ocds_bid_extension/master/extension.json"));

        ExtensionOutcome bid = profile.extensions().getFirst();
        assertTrue(bid.applied() && bid.patchesSchema(), bid.toString());
        assertTrue(profile.release().property("bids").isPresent(), "the bid extension adds «bids»");
        assertTrue(profile.codelists().get("bidStatus.csv").orElseThrow().fromExtension());
    }

    @Test
    void aCodelistOnlyExtensionAddsCodesWithoutPatchingTheSchema() throws IOException {
        SchemaProfile profile = build(Map.of(), List.of(
                RAW + "INAImexico/ocds_extendedProcurementCategory_extension/master/extension.json"));

        ExtensionOutcome inai = profile.extensions().getFirst();
        assertTrue(inai.applied());
        assertFalse(inai.patchesSchema());
        Codelist categories = profile.codelists().get("extendedProcurementCategory.csv").orElseThrow();
        assertTrue(categories.codes().contains("goodsAcquisition"), categories.codes().toString());
        assertEquals(1, categories.amendments().size());
    }

    @Test
    void aDefinitionNothingRefersToIsPointedOut() throws IOException {
        SchemaProfile profile = build(Map.of(), List.of(
                RAW + "transpresupuestaria/ocds_related_projects_extension/master/extension.json"));

        ExtensionOutcome related = profile.extensions().getFirst();
        assertTrue(related.applied());
        assertEquals(List.of(new ExtensionProblem(ExtensionProblem.Kind.UNUSED_DEFINITION, "planning")),
                related.problems(), "the extension patches definitions/planning, not Planning");
    }

    @Test
    void anExtensionWithABrokenRefIsSkippedAndTheOthersApply() throws IOException {
        Map<String, String> files = new HashMap<>();
        extension(files, "broken", "{\"properties\": {\"x\": {\"$ref\": \"#/definitions/Nowhere\"}}}", List.of());
        extension(files, "good", "{\"properties\": {\"good\": {\"type\": \"string\"}}}", List.of());

        SchemaProfile profile = build(files, List.of(TEST + "broken/extension.json", TEST + "good/extension.json"));

        ExtensionOutcome broken = profile.extensions().get(0);
        assertFalse(broken.applied());
        assertEquals(ExtensionProblem.Kind.BROKEN_REF, broken.problems().getFirst().kind());
        assertTrue(broken.problems().getFirst().detail().contains("#/definitions/Nowhere"));
        assertTrue(profile.extensions().get(1).applied());
        assertTrue(profile.release().property("good").isPresent());
        assertFalse(profile.release().property("x").isPresent());
    }

    @Test
    void codelistPatchesAddRemoveAndReplaceInDeclarationOrder() throws IOException {
        Map<String, String> files = new HashMap<>();
        extension(files, "one", "{}", List.of("+tenderStatus.csv", "-tenderStatus.csv", "+nothing.csv",
                "documentType.csv", "noCodes.csv"));
        files.put(TEST + "one/codelists/+tenderStatus.csv", "Código,Título\ndesierta,Desierta\n");
        files.put(TEST + "one/codelists/-tenderStatus.csv", "Code\nplanned\nneverThere\n");
        files.put(TEST + "one/codelists/+nothing.csv", "Code\nx\n");
        files.put(TEST + "one/codelists/documentType.csv", "Code\noficio\n");
        files.put(TEST + "one/codelists/noCodes.csv", "Name\nx\n");
        extension(files, "two", "{}", List.of("documentType.csv"));
        files.put(TEST + "two/codelists/documentType.csv", "Code\nacta\n");

        SchemaProfile profile = build(files, List.of(TEST + "one/extension.json", TEST + "two/extension.json"));

        Codelist status = profile.codelists().get("tenderStatus.csv").orElseThrow();
        assertTrue(status.codes().contains("desierta") && !status.codes().contains("planned"), status.toString());
        assertEquals(2, status.amendments().size());
        Codelist documents = profile.codelists().get("documentType.csv").orElseThrow();
        assertEquals(Set.of("acta"), documents.codes(), "the last extension to replace a codelist wins");
        assertTrue(documents.replaced() && !documents.fromExtension());
        assertEquals(List.of(ExtensionProblem.Kind.CODE_TO_REMOVE_ABSENT, ExtensionProblem.Kind.CODELIST_PATCHES_UNKNOWN,
                        ExtensionProblem.Kind.CODELIST_WITHOUT_CODES),
                profile.extensions().getFirst().problems().stream().map(ExtensionProblem::kind).toList());
    }

    @Test
    void extensionsThatCannotBeHadAreReportedByKind() throws IOException {
        Map<String, String> files = new HashMap<>();
        files.put(TEST + "bad/extension.json", "\n,\n");
        SchemaProfile profile = build(files, List.of(TEST + "bad/extension.json", TEST + "gone/extension.json",
                "https://not-mirrored.example.org/x/extension.json"));

        assertEquals(List.of(ExtensionProblem.Kind.INVALID_METADATA, ExtensionProblem.Kind.NOT_FOUND,
                        ExtensionProblem.Kind.UNREACHABLE),
                profile.extensions().stream().map(e -> e.problems().getFirst().kind()).toList());
        assertFalse(profile.extended());
    }

    private static SchemaProfile build(Map<String, String> files, List<String> extensions) throws IOException {
        SchemaSource source = url -> {
            String text = url.toString();
            if (files.containsKey(text)) {
                return files.get(text);
            }
            if (text.startsWith(TEST)) {
                throw new SchemaNotFoundException(url, "404");
            }
            return mirror.read(url);
        };
        return ProfileBuilder.create(source, new ObjectMapper()).build(new ProfileKey(OcdsVersion.V1_1, extensions));
    }

    private static void extension(Map<String, String> files, String name, String patch, List<String> codelists) {
        StringBuilder metadata = new StringBuilder("{\"name\": {\"en\": \"" + name + "\"}, \"codelists\": [");
        metadata.append(String.join(",", codelists.stream().map(c -> "\"" + c + "\"").toList())).append("]}");
        files.put(TEST + name + "/extension.json", metadata.toString());
        files.put(TEST + name + "/release-schema.json", patch);
    }
}
