package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.OcdsUrlAdapter;
import org.ocdsnacional.harvester.protocol.ProtocolAdapter;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.protocol.SourceSession;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.SharedFixtures;
import org.ocdsnacional.harvester.testing.TestHarvesters;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How runs end: every way a source can fail is a run with a state and a readable first error, never a throw. */
class HarvesterTest {

    @TempDir
    Path workDir;

    private LocalPublisher publisher;
    private final RecordingSink sink = new RecordingSink();

    @BeforeEach
    void start() throws IOException {
        publisher = LocalPublisher.start();
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    @Test
    void anUnreachableHostFailsTheRunWithAReadableReason() throws IOException {
        String url = "http://127.0.0.1:" + closedPort() + "/ocds.json";
        HarvestRun run = harvestUrl(url);

        assertEquals(RunState.FAILED, run.state());
        RunError error = run.error().orElseThrow();
        assertEquals(url, error.url());
        assertEquals(Optional.empty(), error.status());
        assertTrue(error.reason().startsWith("No se pudo conectar / Could not connect"), error.reason());
        assertTrue(error.reason().endsWith("(tras 3 intentos / after 3 attempts)"), error.reason());
        assertEquals(3, run.counts().requests());
        assertEquals(2, run.counts().http().retries());
        assertEquals(3, run.counts().http().networkErrors());
        assertEquals(1, run.counts().failedRequests());
        assertEquals(List.of(run), sink.finished);
    }

    @Test
    void anHttpErrorOnTheEntryPointFailsTheRunWithItsStatus() throws IOException {
        publisher.respond("/ocds.json", 500, "text/plain", "boom");
        HarvestRun run = harvestUrl(publisher.url("/ocds.json").toString());

        assertEquals(RunState.FAILED, run.state());
        assertEquals(Optional.of(500), run.error().orElseThrow().status());
        assertTrue(run.error().orElseThrow().reason().contains("HTTP 500"), run.error().toString());
    }

    @Test
    void anHtmlPageFailsTheRunAsNotJson() throws IOException {
        publisher.respond("/ocds.json", 200, "text/html", "<!DOCTYPE html><html><body>Portal</body></html>");
        HarvestRun run = harvestUrl(publisher.url("/ocds.json").toString());

        assertEquals(RunState.FAILED, run.state());
        RunError error = run.error().orElseThrow();
        assertEquals(Optional.of(200), error.status());
        assertTrue(error.reason().startsWith("La respuesta no es JSON válido / The response is not valid JSON: "),
                error.reason());
        assertTrue(error.reason().contains("(byte "), error.reason());
        assertEquals(1, run.counts().failedRequests());
    }

    @Test
    void jsonThatIsNotOcdsFailsTheRun() throws IOException {
        publisher.json("/ocds.json", "{\"status\":\"ok\",\"items\":[1,2,3]}");
        HarvestRun run = harvestUrl(publisher.url("/ocds.json").toString());

        assertEquals(RunState.FAILED, run.state());
        String reason = run.error().orElseThrow().reason();
        assertTrue(reason.startsWith("El documento no contiene datos OCDS (ni releases ni records) / The document "
                + "contains no OCDS data (no releases or records): "), reason);
        assertTrue(reason.contains("(byte "), reason);
    }

    @Test
    void aDocumentCutShortKeepsWhatCameAndEndsPartial() throws IOException {
        String body = Files.readString(SharedFixtures.jaliscoPackageFiles().getFirst());
        publisher.json("/ocds.json", "[" + body + "," + body.substring(0, body.length() / 2));
        HarvestRun run = harvestUrl(publisher.url("/ocds.json").toString());

        assertEquals(RunState.PARTIAL, run.state());
        assertEquals(1, run.counts().releases());
        assertEquals(1, sink.releases().size());
        assertTrue(run.error().orElseThrow().reason().contains("not valid JSON"), run.error().toString());
    }

    @Test
    void aProtocolWithoutAdapterFailsTheRunInsteadOfCrashing() throws IOException {
        Source pdn = TestSources.source("pdn-test", "gopher-feed",
                Map.of("baseUrl", List.of("https://api.example.org/s6/api/v1"), "supplier_id", List.of("SHCP")));
        HarvestRun run = TestHarvesters.create(sink, workDir).harvest(pdn, RunTrigger.SCHEDULE,
                ProgressListener.NONE);

        assertEquals(RunState.FAILED, run.state());
        RunError error = run.error().orElseThrow();
        assertEquals("Aún no hay adaptador para el protocolo \"gopher-feed\" / Protocol \"gopher-feed\" has no "
                        + "adapter yet",
                error.reason());
        assertEquals("https://api.example.org/s6/api/v1", error.url());
        assertEquals(0, run.counts().requests());
        assertEquals(List.of(run), sink.finished);
    }

    @Test
    void anAdapterThatThrowsEndsTheRunAndTheSinkStillHearsTheEnd() throws IOException {
        ProtocolAdapter broken = new ProtocolAdapter() {
            @Override
            public String protocol() {
                return OcdsUrlAdapter.PROTOCOL;
            }

            @Override
            public void harvest(Source source, SourceSession session) {
                throw new IllegalStateException("adapter bug");
            }
        };
        HarvestRun run = harvester(ProtocolAdapters.of(broken), 500)
                .harvest(urlSource("http://example.org/x.json"), RunTrigger.MANUAL, ProgressListener.NONE);

        assertEquals(RunState.FAILED, run.state());
        assertTrue(run.error().orElseThrow().reason().contains("adapter bug"), run.error().toString());
        assertEquals(List.of(run), sink.finished);
    }

    @Test
    void aSinkThatFailsDuringTheRunEndsIt() throws IOException {
        publisher.json("/ocds.json", Files.readString(SharedFixtures.jaliscoPackageFiles().getFirst()));
        HarvestSink failing = new HarvestSink() {
            @Override
            public void runStarted(HarvestRun run) {
                sink.runStarted(run);
            }

            @Override
            public void accept(List<HarvestedRelease> batch) {
                throw new IllegalStateException("index unavailable");
            }

            @Override
            public void runFinished(HarvestRun run) {
                sink.runFinished(run);
            }
        };
        HarvestRun run = TestHarvesters.create(failing, workDir)
                .harvest(urlSource(publisher.url("/ocds.json").toString()), RunTrigger.MANUAL, ProgressListener.NONE);

        assertEquals(RunState.PARTIAL, run.state());
        assertTrue(run.error().orElseThrow().reason().contains("index unavailable"), run.error().toString());
        assertEquals(List.of(run), sink.finished);
    }

    @Test
    void handsReleasesOverInBatchesAndReportsProgress() throws IOException {
        List<String> files = SharedFixtures.jaliscoPackageFiles().stream()
                .map(file -> file.toAbsolutePath().toUri().toString()).toList();
        List<HarvestRun> updates = new ArrayList<>();
        HarvestRun run = TestHarvesters.create(sink, workDir, 3).harvest(
                TestSources.source("batch-test", OcdsUrlAdapter.PROTOCOL, Map.of("urls", files)),
                RunTrigger.COMMAND_LINE, updates::add);

        assertEquals(List.of(3, 3, 3, 1), sink.batches.stream().map(List::size).toList());
        assertTrue(updates.size() >= 10, "updates: " + updates.size());
        assertTrue(updates.stream().allMatch(update -> update.state() == RunState.RUNNING));
        assertEquals(10, updates.getLast().counts().releases());
        assertEquals(RunTrigger.COMMAND_LINE, run.trigger());
        assertTrue(run.runId().startsWith("batch-test-"), run.runId());
        assertTrue(run.finishedAt().isPresent());
    }

    @Test
    void theRunsValidationIsHandedOverBeforeItEnds() throws IOException {
        String release = "{\"ocid\": \"ocds-abc123-%d\", \"id\": \"1\"%s}";
        publisher.json("/ocds.json", "{\"version\": \"1.1\", \"releases\": [" + String.format(release, 1, "")
                + "," + String.format(release, 2, "") + "," + String.format(release, 3, ", \"date\": \"2024-01-01\"")
                + "]}");

        HarvestRun run = harvestUrl(publisher.url("/ocds.json").toString());

        ValidationReport report = sink.validated.getFirst();
        assertEquals(2, report.errors(), "the stand-in validator requires a date");
        assertEquals("schema.required /date", report.groups().getFirst().key());
        assertEquals(3, report.summary().releases());
        assertEquals(run.counts().issues(), report.issueCount());
    }

    @Test
    void aRunThatReadNoReleaseHasNoValidation() throws IOException {
        publisher.respond("/ocds.json", 500, "text/plain", "boom");
        harvestUrl(publisher.url("/ocds.json").toString());

        assertEquals(List.of(), sink.validated);
    }

    @Test
    void exceptionsFromTheSinksRunStartedReachTheCaller() {
        HarvestSink refusing = new HarvestSink() {
            @Override
            public void runStarted(HarvestRun run) {
                throw new IllegalStateException("no index");
            }

            @Override
            public void accept(List<HarvestedRelease> batch) {
                sink.accept(batch);
            }

            @Override
            public void runFinished(HarvestRun run) {
                sink.runFinished(run);
            }
        };
        assertThrows(IllegalStateException.class, () -> TestHarvesters.create(refusing, workDir)
                .harvest(urlSource("http://example.org/x.json"), RunTrigger.MANUAL, ProgressListener.NONE));
    }

    private HarvestRun harvestUrl(String url) throws IOException {
        return TestHarvesters.create(sink, workDir).harvest(urlSource(url), RunTrigger.MANUAL, ProgressListener.NONE);
    }

    private Harvester harvester(ProtocolAdapters adapters, int batchSize) throws IOException {
        return Harvester.builder().validator(Validators.DATE_REQUIRED).fetchers(HttpFetcher.factory(workDir))
                .adapters(adapters).sink(sink).mapper(new ObjectMapper()).batchSize(batchSize)
                .build();
    }

    private static Source urlSource(String url) {
        return TestSources.source("url-test", OcdsUrlAdapter.PROTOCOL, Map.of("url", List.of(url)));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
