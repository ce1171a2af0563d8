package org.ocdsnacional.harvester.protocol;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.SharedFixtures;
import org.ocdsnacional.harvester.testing.TestHarvesters;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OcdsUrlAdapterTest {

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
    void harvestsAPackageOverHttp() throws IOException {
        Path fixture = SharedFixtures.jaliscoPackageFiles().getFirst();
        publisher.json("/ocds/package.json", Files.readString(fixture));
        HarvestRun run = harvest(Map.of("url", List.of(publisher.url("/ocds/package.json").toString())));

        assertEquals(RunState.SUCCEEDED, run.state(), () -> run.error().toString());
        assertEquals(1, run.counts().requests());
        assertEquals(1, run.counts().releases());
        assertEquals(Files.size(fixture), run.counts().bytes());
    }

    @Test
    void readsFileUrlsInPlace() throws IOException {
        List<String> files = SharedFixtures.jaliscoPackageFiles().stream()
                .map(file -> file.toAbsolutePath().toUri().toString()).toList();
        HarvestRun run = harvest(Map.of("urls", files));

        assertEquals(RunState.SUCCEEDED, run.state(), () -> run.error().toString());
        assertEquals(10, run.counts().requests());
        assertEquals(10, run.counts().releases());
        assertEquals(3, run.counts().processes());
        assertTrue(SharedFixtures.jaliscoPackageFiles().stream().allMatch(Files::exists));
    }

    @Test
    void aUrlThatFailsDoesNotStopTheOthers() throws IOException {
        publisher.json("/ocds/package.json", Files.readString(SharedFixtures.jaliscoPackageFiles().getFirst()));
        HarvestRun run = harvest(Map.of("urls", List.of(publisher.url("/ocds/missing.json").toString(),
                publisher.url("/ocds/package.json").toString())));

        assertEquals(RunState.PARTIAL, run.state());
        assertEquals(2, run.counts().requests());
        assertEquals(1, run.counts().failedRequests());
        assertEquals(publisher.url("/ocds/missing.json").toString(), run.error().orElseThrow().url());
    }

    private HarvestRun harvest(Map<String, List<String>> parameters) throws IOException {
        return TestHarvesters.create(sink, workDir).harvest(
                TestSources.source("url-test", OcdsUrlAdapter.PROTOCOL, parameters), RunTrigger.MANUAL,
                ProgressListener.NONE);
    }
}
