package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
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
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve --demo} as a new user starts it: the generated publishers of four states are harvested right away,
 * the GraphQL API, asked over HTTP, finds processes of every one of those states, and every GraphQL example of the
 * README answers something.
 */
class DemoIT {

    private static final int PROCESSES = Demo.DEFAULT_PROCESSES;
    private static final List<ReadmeExamples.Example> README = ReadmeExamples.in(Path.of("../README.md"));
    /**
     * The admin token, when the README's examples send one (as {@code $ADMIN_TOKEN}, made with {@code openssl rand}):
     * a strong one of the test's own; a mutation written without one is sent with it too.
     */
    private static final Optional<String> ADMIN_TOKEN = README.stream()
            .flatMap(example -> example.token().stream()).findFirst().map(shellVariable -> strongToken());
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
        ADMIN_TOKEN.ifPresent(token -> config.put("admin.token", token));
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

    @TestFactory
    Stream<DynamicTest> everyGraphQlExampleOfTheReadmeAnswersSomething() {
        assertTrue(README.size() >= 5, "GraphQL examples found in README.md: " + README.size());
        return README.stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            Optional<String> token = example.token().isPresent() || example.query().startsWith("mutation")
                    ? ADMIN_TOKEN : Optional.empty();
            JsonNode answer = token.map(api::withToken).orElse(api).post(example.query(), Map.of());
            assertFalse(answer.has("errors"), example + "\n" + answer.path("errors"));
            answer.path("data").properties().forEach(root -> assertTrue(!root.getValue().isNull()
                    && !root.getValue().isEmpty(), "nothing for " + root.getKey() + ": " + example));
            assertTrue(answer.path("data").findValues("edges").stream().noneMatch(JsonNode::isEmpty),
                    "an empty list: " + example + "\n" + answer.path("data"));
            assertTrue(answer.path("data").findValues("totalCount").stream().allMatch(count -> count.asLong() > 0),
                    "a count of 0: " + example + "\n" + answer.path("data"));
        }));
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

    private static String strongToken() {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random);
    }
}
