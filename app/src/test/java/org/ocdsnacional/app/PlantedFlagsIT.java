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
 * and the GraphQL API finds, for every flag, exactly the processes planted to raise it: no more, no fewer.
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
        assertEquals(Set.of("R003", "R018", "R024", "R028", "R030", "R035", "R036", "R058", "MX01", "MX02", "MX03",
                "MX04", "MX05", "MX06"), planted.planted().keySet());
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

    @Test
    void theNeutralProcessesRaiseNothing() {
        int neutral = planted.processes().size() - planted.planted().values().stream().mapToInt(List::size).sum();
        assertTrue(neutral >= 20, "a population for the fences: " + neutral);
        assertEquals(neutral, api.data("{ processes(filter: { anyFlag: false }) { totalCount } }", Map.of())
                .at("/processes/totalCount").asInt());
    }
}
