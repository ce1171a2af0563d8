package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.national.NationalSettings;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.generator.patterns.PlantedProcesses;
import org.ocdsnacional.generator.publish.PublishedSource;
import org.ocdsnacional.generator.publish.Publisher;
import org.ocdsnacional.generator.publish.RegistryEntries;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end: the generator plants the pattern of each flag in processes of their own among neutral ones (a data
 * set made of planted processes only, so that nothing else raises a flag), its publisher serves them over HTTP with
 * the reference list by RFC they are planted against, the application harvests both with the planted thresholds,
 * and the GraphQL API finds, for every flag, exactly the processes planted to raise it: no more, no fewer. The flags
 * on organizations (R025, R038, R048) are raised against the fences of the neutral processes' regular tenderers,
 * and the API says which organization raised them.
 */
class PlantedFlagsIT {

    private static final long SEED = 16;

    @TempDir
    static Path work;
    private static Publisher publisher;
    private static Application app;
    private static GraphQlClient api;
    private static PlantedProcesses planted;

    @BeforeAll
    static void harvest() throws IOException {
        int size = Dataset.PLANTED_PROCESSES;
        Dataset dataset = Dataset.of(GeneratorSettings.of(size, SEED).withInvalidShare(0).withPlantedPatterns(true)
                .withStates(List.of(MexicanState.byCode("MX-JAL").orElseThrow())));
        planted = dataset.planted().orElseThrow();
        publisher = Publisher.start("127.0.0.1", 0, List.of(
                new PublishedSource("plantados", "Procesos plantados", "ocds-url", dataset),
                new PublishedSource("lista-prueba", "Lista de prueba", "rfc-list", dataset)), new ObjectMapper());
        Path registry = Files.writeString(work.resolve("registry.yaml"), RegistryEntries.registry(publisher));
        Path settings = Files.writeString(work.resolve("flags.ini"), NationalSettings.defaultsText()
                + planted.thresholds());
        app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                "registry.path", registry.toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "server.port", "0",
                "schemas.mirror", SharedFixtures.root().resolve("ocds-mirror").toString(),
                "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "false",
                "flags.settings", settings.toString()))).serve();
        api = new GraphQlClient(app.apiUri().orElseThrow());
        HarvestRun processes = app.harvest("plantados", RunTrigger.MANUAL, ProgressListener.NONE);
        assertEquals(RunState.SUCCEEDED, processes.state(), () -> processes.error().toString());
        assertEquals(size, processes.counts().processes());
        HarvestRun list = app.harvest("lista-prueba", RunTrigger.MANUAL, ProgressListener.NONE);
        assertEquals(RunState.SUCCEEDED, list.state(), () -> list.error().toString());
        assertEquals(1, list.counts().newReleases(), "one row, new");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    void everyFlagFindsExactlyTheProcessesPlantedToRaiseIt() {
        assertEquals(Set.of("R003", "R018", "R024", "R025", "R028", "R030", "R035", "R036", "R038", "R048", "R058",
                "MX01", "MX02", "MX03", "MX04", "MX05", "MX06"), planted.planted().keySet(), "every flag planted");
        for (FlagCode code : FlagCode.values()) {
            Set<String> expected = new TreeSet<>(planted.planted().getOrDefault(code.name(), List.of()));
            JsonNode found = api.data("{ processes(filter: { flags: [" + code.name() + "] }, first: 100) { "
                    + "totalCount edges { node { ocid } } } }", Map.of()).path("processes");
            Set<String> ocids = new TreeSet<>();
            found.path("edges").forEach(edge -> ocids.add(edge.at("/node/ocid").asText()));
            assertEquals(expected, ocids, code + " raised on exactly the processes planted for it");
            assertEquals(expected.size(), found.path("totalCount").asInt(), code.name());
        }
    }

    /**
     * Each flag on an organization is raised on its processes by the one organization planted for it; the supplier
     * planted for R048 carries it itself. (The tenderers planted for R025 and R038 never win: the API finds no
     * organization by their id, as it finds only buyers and suppliers.)
     */
    @Test
    void theFlagsOnOrganizationsNameTheOrganizationPlantedToRaiseThem() {
        for (String code : List.of("R025", "R038", "R048")) {
            Set<String> organizations = new TreeSet<>();
            for (String ocid : planted.planted().get(code)) {
                JsonNode flags = api.data("query($ocid: String!) { process(ocid: $ocid) { flags { code evidence { "
                        + "field value } } } }", Map.of("ocid", ocid)).at("/process/flags");
                flags.forEach(flag -> {
                    if (flag.path("code").asText().equals(code)) {
                        organizations.add(flag.at("/evidence/0/value").asText());
                    }
                });
            }
            assertEquals(1, organizations.size(), code + " raised by one organization: " + organizations);
            assertTrue(organizations.iterator().next().startsWith("Tenderer:MX-RFC-"), organizations.toString());
        }
        String supplier = planted.planted().get("R048").getFirst();
        JsonNode award = api.data("query($ocid: String!) { process(ocid: $ocid) { flags { code evidence { value } } "
                + "} }", Map.of("ocid", supplier)).at("/process/flags");
        String subject = award.findValuesAsText("value").stream().filter(value -> value.startsWith("Tenderer:"))
                .findFirst().orElseThrow();
        JsonNode own = api.data("query($id: ID!) { organization(id: $id) { flags { code } } }", Map.of("id",
                subject.substring(subject.indexOf(':') + 1))).at("/organization/flags");
        assertEquals(List.of("R048"), own.findValuesAsText("code"), subject + " carries R048 itself");
    }

    @Test
    void theNeutralProcessesRaiseNothing() {
        int neutral = planted.processes().size() - planted.planted().values().stream().mapToInt(List::size).sum();
        assertTrue(neutral >= 20, "a population for the fences: " + neutral);
        assertEquals(neutral, api.data("{ processes(filter: { anyFlag: false }) { totalCount } }", Map.of())
                .at("/processes/totalCount").asInt());
    }
}
