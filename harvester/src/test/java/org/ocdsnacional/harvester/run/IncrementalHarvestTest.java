package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.OcdsUrlAdapter;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.MemoryStore;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.validate.ReleaseValidator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs that find little or nothing changed hand little or nothing over; what they report still covers every release
 * the source publishes, whatever happened before (issue 13 item 10).
 */
class IncrementalHarvestTest {

    @TempDir
    Path workDir;

    private LocalPublisher publisher;
    private final MemoryStore store = new MemoryStore();
    private final AtomicInteger validated = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        publisher = LocalPublisher.start();
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    @Test
    void aSecondRunOfTheSameBytesReadsNothing() throws IOException {
        publisher.json("/data.json", pkg(1, 2, 3));
        HarvestRun first = harvest();
        assertEquals(3, first.counts().newReleases());
        HarvestRun second = harvest();
        assertEquals(RunState.SUCCEEDED, second.state());
        assertEquals(1, second.counts().unchangedDocuments());
        assertEquals(0, second.counts().releases());
        assertEquals(3, validated.get(), "nothing validated again");
        assertEquals(3, store.accepted.size(), "nothing handed over again");
    }

    @Test
    void notModifiedSkipsTheDocumentAndItsProcessesCountAsSeen() throws IOException {
        publisher.respond("/data.json", new MockResponse.Builder().setHeader("ETag", "\"v1\"").body(pkg(1, 2)).build(),
                new MockResponse.Builder().code(304).build());
        harvest();
        HarvestRun second = harvest();
        assertEquals(1, second.counts().http().notModified());
        assertEquals(1, second.counts().unchangedDocuments());
        assertEquals("\"v1\"", publisher.requests().get(1).getHeaders().get("If-None-Match"));
    }

    @Test
    void everyReleaseReadIsValidatedForTheReportButOnlyNewAndChangedAreHandedOver() throws IOException {
        publisher.json("/data.json", pkg(1, 2, 3));
        harvest();
        publisher.json("/data.json", pkg(1, 2, 3).replace("\"title\":\"t2\"", "\"title\":\"t2 bis\"")
                .replace("]}", "," + release(4) + "]}"));
        HarvestRun run = harvest();
        assertEquals(List.of(4L, 1L, 1L, 2L), List.of(run.counts().releases(), run.counts().newReleases(),
                run.counts().changed(), run.counts().unchanged()), run::toString);
        assertEquals(3 + 4, validated.get());
        assertEquals(3 + 2, store.accepted.size());
        assertEquals(4, store.reports.getLast().summary().releases(), "the report covers every release");
    }

    @Test
    void aRunAfterACrashReportsEveryReleaseAsACleanRunDoes() throws IOException {
        publisher.json("/data.json", pkg(1, 2, 3).replace("\"date\":\"2024-01-01T00:00:00Z\",", ""));
        HarvestRun clean = harvest();
        store.documents.clear();
        HarvestRun afterCrash = harvest();
        assertEquals(3, afterCrash.counts().unchanged(), afterCrash::toString);
        assertEquals(2, store.reports.size(), "the rerun stores its own report");
        assertEquals(store.reports.getFirst().summary().releases(), store.reports.getLast().summary().releases());
        assertEquals(store.reports.getFirst().errors(), store.reports.getLast().errors());
        assertEquals(clean.counts().invalid(), afterCrash.counts().invalid());
    }

    @Test
    void documentsAreRememberedOnlyOnceTheRunsReportIsStored() throws IOException {
        publisher.json("/data.json", pkg(1, 2));
        harvest();
        assertEquals(List.of(0), store.documentsAtReport, "nothing remembered before the report");
        assertEquals(1, store.documents.size());
    }

    @Test
    void aDocumentSkippedAsUnchangedIsReadAgainWhenAnotherOneChanged() throws IOException {
        publisher.json("/a.json", pkg(1, 2));
        publisher.json("/b.json", pkg(3));
        harvest("/a.json", "/b.json");
        publisher.json("/b.json", pkg(3, 4));
        HarvestRun second = harvest("/a.json", "/b.json");
        assertEquals(RunState.SUCCEEDED, second.state(), second::toString);
        assertEquals(4, store.reports.getLast().summary().releases(), "a.json's releases are in the report");
        assertEquals(List.of(4L, 1L, 3L, 0L), List.of(second.counts().releases(), second.counts().newReleases(),
                second.counts().unchanged(), second.counts().unchangedDocuments()), second::toString);
        HarvestRun third = harvest("/a.json", "/b.json");
        assertEquals(2, third.counts().unchangedDocuments(), "nothing changed: nothing read, the report carried");
        assertEquals(0, third.counts().releases());
    }

    @Test
    void aCompleteRunWithdrawsWhatItNoLongerSeesButAPartialOneDoesNot() throws IOException {
        publisher.json("/data.json", pkg(1, 2, 3, 4));
        harvest();
        publisher.json("/data.json", pkg(1, 2, 3));
        HarvestRun shrunk = harvest();
        assertEquals(1, shrunk.counts().withdrawn());
        publisher.json("/data.json", pkg(1, 2, 3) + "{");
        HarvestRun partial = harvest();
        assertEquals(RunState.PARTIAL, partial.state());
        assertEquals(0, partial.counts().withdrawn(), "a partial run withdraws nothing");
    }

    private HarvestRun harvest() throws IOException {
        return harvest("/data.json");
    }

    private HarvestRun harvest(String... paths) throws IOException {
        ReleaseValidator counting = (release, info) -> {
            validated.incrementAndGet();
            return Validators.DATE_REQUIRED.validate(release, info);
        };
        Source source = TestSources.source("inc", OcdsUrlAdapter.PROTOCOL, Map.of("urls",
                java.util.Arrays.stream(paths).map(path -> publisher.url(path).toString()).toList()));
        return Harvester.builder().validator(counting).fetchers(HttpFetcher.factory(workDir))
                .adapters(ProtocolAdapters.standard(new ObjectMapper())).sink(store).store(store)
                .mapper(new ObjectMapper()).build()
                .harvest(source, RunTrigger.SCHEDULE, ProgressListener.NONE);
    }

    private static String pkg(int... numbers) {
        StringBuilder releases = new StringBuilder();
        for (int n : numbers) {
            releases.append(releases.isEmpty() ? "" : ",").append(release(n));
        }
        return "{\"version\":\"1.1\",\"releases\":[" + releases + "]}";
    }

    private static String release(int n) {
        return "{\"ocid\":\"ocds-inc001-" + n + "\",\"id\":\"r" + n + "\",\"date\":\"2024-01-01T00:00:00Z\","
                + "\"tender\":{\"title\":\"t" + n + "\"}}";
    }
}
