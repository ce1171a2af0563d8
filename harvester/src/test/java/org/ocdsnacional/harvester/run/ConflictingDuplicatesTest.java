package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.OcdsUrlAdapter;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.MemoryStore;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.validate.IssueGroup;
import org.ocdsnacional.ocds.validate.ValidationIssue;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same release id with other content is reported to the publisher with both hashes, and which one is indexed
 * does not depend on chance: the first one read (issue 13 item 11).
 */
class ConflictingDuplicatesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FIRST = release("Compra de sillas");
    private static final String SECOND = release("Compra de mesas");

    @TempDir
    Path workDir;

    private LocalPublisher publisher;
    private final MemoryStore store = new MemoryStore();

    @BeforeEach
    void start() throws IOException {
        publisher = LocalPublisher.start();
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    @Test
    void aConflictingDuplicateIsReportedWithBothHashesAndTheFirstReadIsIndexed() throws IOException {
        publisher.json("/data.json", pkg(FIRST, SECOND, FIRST));
        HarvestRun run = harvest();
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(2, run.counts().duplicates(), run::toString);
        assertEquals(List.of("Compra de sillas"), indexedTitles());
        ValidationIssue issue = conflict(store.reports.getLast());
        assertEquals(hash(FIRST).substring(0, 16), issue.details().get("firstHash"));
        assertEquals(hash(SECOND), issue.details().get("hash"));
        assertTrue(issue.messageEn().contains(hash(FIRST).substring(0, 16))
                && issue.messageEn().contains(hash(SECOND).substring(0, 16)), issue.messageEn());
        assertEquals(1, group(store.reports.getLast()).count(), "the true duplicate is not a conflict");
    }

    @Test
    void theSamePublicationIndexesTheSameReleaseEveryRunWithoutChurn() throws IOException {
        publisher.json("/data.json", pkg(SECOND, FIRST));
        harvest();
        publisher.json("/data.json", pkg(SECOND, FIRST) + " ");
        HarvestRun again = harvest();
        assertEquals(1, again.counts().unchanged(), again::toString);
        assertEquals(0, again.counts().changed(), again::toString);
        assertEquals(List.of("Compra de mesas"), indexedTitles());
        assertEquals(1, group(store.reports.getLast()).count(), "reported again");
    }

    private List<String> indexedTitles() {
        return store.accepted.stream().map(r -> r.release().json().path("tender").path("title").asText())
                .distinct().toList();
    }

    private static ValidationIssue conflict(ValidationReport report) {
        return report.issues().stream().filter(i -> i.type().equals("release.conflicting_duplicate")).findFirst()
                .orElseThrow(() -> new AssertionError("no conflict reported: " + report.issues()));
    }

    private static IssueGroup group(ValidationReport report) {
        return report.groups().stream().filter(g -> g.type().equals("release.conflicting_duplicate")).findFirst()
                .orElseThrow();
    }

    private HarvestRun harvest() throws IOException {
        return Harvester.builder().validator(Validators.DATE_REQUIRED)
                .fetchers(HttpFetcher.factory(workDir)).adapters(ProtocolAdapters.standard(MAPPER)).sink(store)
                .store(store).mapper(MAPPER).build()
                .harvest(TestSources.source("dup", OcdsUrlAdapter.PROTOCOL,
                        Map.of("url", List.of(publisher.url("/data.json").toString()))), RunTrigger.MANUAL,
                        ProgressListener.NONE);
    }

    private static String pkg(String... releases) {
        return "{\"version\":\"1.1\",\"releases\":[" + String.join(",", releases) + "]}";
    }

    private static String release(String title) {
        return "{\"ocid\":\"ocds-dup001-1\",\"id\":\"r1\",\"date\":\"2024-01-01T00:00:00Z\",\"tender\":{\"title\":\""
                + title + "\"}}";
    }

    private static String hash(String release) {
        try {
            return ContentHash.of(MAPPER.readTree(release));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
