package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A publisher whose file carries absurd numbers ({@code 1e-999999999}, {@code 1e999999999}, a 400-digit amount) and
 * an absurd date, before ordinary releases: the harvest succeeds, every release of the file is indexed (the absurd
 * ones too), each absurd value is a validation issue of its release, and the absurd amounts are left out of sums.
 * Against the real application, a real embedded OpenSearch node and a local publisher.
 */
class AbsurdNumbersIT {

    private static final int ORDINARY = 6;
    private static final Map<String, String> ABSURD = Map.of(
            "tiny", "1e-999999999",
            "huge", "1e999999999",
            "long", "1" + "0".repeat(400));

    @TempDir
    static Path work;
    private static LocalPublisher publisher;
    private static Application app;
    private static GraphQlClient api;
    private static HarvestRun run;

    @BeforeAll
    static void harvest() throws IOException {
        Path shared = SharedFixtures.root();
        publisher = new LocalPublisher().json("/absurd.json", absurdPackage());
        Path registry = Files.writeString(work.resolve("registry.yaml"), """
                sources:
                  - id: absurd
                    name: Publicador de números absurdos
                    state: MX-JAL
                    level: state
                    kind: state-agency
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: %s
                    schedule: "0 0 3 * * ?"
                """.formatted(publisher.url("/absurd.json")));
        app = Application.open(AppConfig.load(Optional.empty(), Map.of(
                "registry.path", registry.toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "server.port", "0",
                "schemas.mirror", shared.resolve("ocds-mirror").toString(),
                "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "false"))).serve();
        api = new GraphQlClient(app.apiUri().orElseThrow());
        run = app.harvest("absurd", RunTrigger.MANUAL, ProgressListener.NONE);
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
    void theRunSucceedsAndEveryReleaseIsIndexed() {
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(2 * ORDINARY + ABSURD.size(), run.counts().releases());
        assertEquals(2 * ORDINARY + ABSURD.size(), run.counts().newReleases());
        JsonNode page = api.data("{ processes(first: 100) { totalCount edges { node { ocid awarded { amount } "
                + "releases { id } } } } }", Map.of()).path("processes");
        assertEquals(ORDINARY + ABSURD.size(), page.path("totalCount").asInt());
        Set<String> absurd = new TreeSet<>();
        page.path("edges").forEach(edge -> {
            String ocid = edge.at("/node/ocid").asText();
            if (ocid.contains("-absurd-")) {
                absurd.add(ocid);
                assertEquals(0, edge.at("/node/awarded").size(), ocid + ": its absurd amount is in no sum");
            }
            assertTrue(edge.at("/node/releases").size() > 0, ocid);
        });
        assertEquals(new TreeSet<>(ABSURD.keySet().stream().map(key -> "ocds-test01-absurd-" + key).toList()),
                absurd);
    }

    @Test
    void absurdAmountsAreLeftOutOfSums() {
        JsonNode summary = api.data("{ summary { processCount awarded { amount currency } "
                + "byYear(date: AWARD) { key processCount } topSuppliers { id awarded { amount currency } } } }",
                Map.of()).path("summary");
        BigDecimal ordinary = BigDecimal.ZERO;
        for (int n = 1; n <= ORDINARY; n++) {
            ordinary = ordinary.add(new BigDecimal(1000 * n + ".50"));
        }
        assertEquals(Map.of("MXN", ordinary.setScale(2)), amounts(summary.path("awarded")));
        assertEquals(ORDINARY + ABSURD.size(), summary.path("processCount").asInt());
        JsonNode absurd = api.data("{ process(ocid: \"ocds-test01-absurd-tiny\") { numberOfTenderers awardDate "
                + "compiledRelease { awards { value { amount } } } } }", Map.of()).path("process");
        assertTrue(absurd.path("numberOfTenderers").isNull(), "an absurd number of tenderers is no number");
        assertTrue(absurd.path("awardDate").isNull(), "an absurd date is no date");
        assertEquals("1E-999999999", absurd.at("/compiledRelease/awards/0/value/amount").asText(),
                "the release as published");
    }

    @Test
    void eachAbsurdValueIsAValidationIssueOfItsRelease() {
        JsonNode issues = api.data("{ source(id: \"absurd\") { lastRun { issues(first: 100) { edges { node { type "
                + "pathPattern count examples { ocid } messageEs messageEn } } } } } }", Map.of())
                .at("/source/lastRun/issues/edges");
        Map<String, Integer> absurd = new TreeMap<>();
        issues.forEach(edge -> {
            JsonNode group = edge.path("node");
            if (group.path("type").asText().equals("number.absurd")) {
                absurd.put(group.path("pathPattern").asText(), group.path("count").asInt());
                assertTrue(group.path("messageEs").asText().contains("absurd"), group.toString());
            }
        });
        assertEquals(Map.of("/awards/value/amount", ABSURD.size(), "/tender/numberOfTenderers", 1,
                "/planning/budget/amount/amount", 1), absurd, issues.toString());
        assertTrue(issues.toString().contains("/awards/date"), "the absurd date is a schema.format error: " + issues);
    }

    /** The absurd processes first (their award releases carry the absurd values), then the ordinary ones. */
    private static String absurdPackage() {
        ObjectNode pkg = TestPackages.releasePackage("ordinary", ORDINARY);
        ArrayNode releases = (ArrayNode) pkg.path("releases");
        for (String key : new TreeSet<>(ABSURD.keySet())) {
            ObjectNode release = TestPackages.release("ocds-test01-absurd-" + key, 1, "award");
            ObjectNode award = (ObjectNode) release.at("/awards/0");
            award.putObject("value").put("amount", "@" + key + "@").put("currency", "MXN");
            if (key.equals("tiny")) {
                award.put("date", "+999999999-12-31T23:59:59Z");
                ((ObjectNode) release.path("tender")).put("numberOfTenderers", "@huge@");
                release.putObject("planning").putObject("budget").putObject("amount").put("amount", "@tiny@")
                        .put("currency", "MXN");
            }
            releases.insert(0, release);
        }
        String json = pkg.toString();
        for (Map.Entry<String, String> absurd : ABSURD.entrySet()) {
            json = json.replace("\"@" + absurd.getKey() + "@\"", absurd.getValue());
        }
        return json;
    }

    private static Map<String, BigDecimal> amounts(JsonNode money) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        money.forEach(each -> amounts.put(each.path("currency").asText(), new BigDecimal(each.path("amount").asText())));
        return amounts;
    }
}
