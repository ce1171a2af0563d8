package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --demo}, small: the generated publishers of four states are harvested right away, and the GraphQL
 * API, asked over HTTP, finds processes of every one of those states.
 */
class DemoIT {

    private static final int PROCESSES = 80;
    private static final List<String> STATES = List.of("MX-JAL", "MX-CMX", "MX-NLE", "MX-YUC");

    @TempDir
    static Path work;
    private static Demo demo;
    private static GraphQlClient api;
    private static List<HarvestRun> runs;

    @BeforeAll
    static void startTheDemo() throws Exception {
        Path shared = SharedFixtures.root();
        demo = Demo.publish(work.resolve("demo"), PROCESSES);
        Map<String, String> config = new HashMap<>(demo.configuration());
        config.put("server.port", "0");
        config.put("schemas.mirror", shared.resolve("ocds-mirror").toString());
        demo.serve(Application.open(AppConfig.load(Optional.empty(), config)));
        api = new GraphQlClient(demo.app().apiUri().orElseThrow());
        runs = demo.harvest().get(3, TimeUnit.MINUTES);
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void everyDemoPublisherIsHarvestedOnceRightAway() {
        assertEquals(demo.sourceIds(), runs.stream().map(HarvestRun::sourceId).toList());
        runs.forEach(run -> assertEquals(RunState.SUCCEEDED, run.state(), run.toString()));
        assertEquals(PROCESSES, runs.stream().mapToLong(run -> run.counts().processes()).sum());
    }

    @Test
    void processesOfEveryStateAreSearchable() {
        int total = 0;
        for (String state : STATES) {
            int found = count(null, Map.of("states", List.of(state.replace('-', '_'))));
            assertTrue(found > 0, "no process of " + state);
            total += found;
        }
        assertEquals(PROCESSES, total);
        assertEquals(PROCESSES, count(null, Map.of()));
    }

    @Test
    void spanishTextIsFoundWithoutAccents() {
        JsonNode first = processes(null, Map.of("states", List.of("MX_YUC"))).at("/edges/0/node");
        String title = first.path("title").asText();
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();

        assertTrue(count(plain, Map.of("states", List.of("MX_YUC"))) >= 1, plain);
        assertEquals("MX-YUC", first.at("/states/0").asText());
        assertTrue(first.at("/buyer/name").asText().contains("Yucatán") || first.at("/buyer/name").asText()
                .startsWith("Municipio de"), first.toString());
    }

    private static int count(String query, Map<String, Object> filter) {
        return processes(query, filter).path("totalCount").asInt();
    }

    private static JsonNode processes(String query, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("query", query);
        variables.put("filter", filter);
        return api.data("query($query: String, $filter: ProcessFilter) { processes(query: $query, filter: $filter, "
                + "first: 5) { totalCount edges { node { ocid title states buyer { name } } } } }", variables)
                .path("processes");
    }
}
