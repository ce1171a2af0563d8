package org.ocdsnacional.harvester.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.OcdsUrlAdapter;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.MemoryStore;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A body with no releases or records is a failed document, never a success that withdraws what the publisher
 * published before (issue 12 item 4, harvest side).
 */
class EmptyDocumentsTest {

    private static final String TWO = "{\"version\":\"1.1\",\"releases\":["
            + "{\"ocid\":\"ocds-emp001-1\",\"id\":\"r1\",\"date\":\"2024-01-01T00:00:00Z\"},"
            + "{\"ocid\":\"ocds-emp001-2\",\"id\":\"r2\",\"date\":\"2024-01-01T00:00:00Z\"}]}";

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

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\t ", "[]", "{}", "{\"version\":\"1.1\",\"releases\":[]}", "{\"records\":[]}",
            "[{\"releases\":[]}]"})
    void anEmptyBodyIsAFailedDocumentAndWithdrawsNothing(String body) throws IOException {
        publisher.json("/data.json", TWO);
        assertEquals(RunState.SUCCEEDED, harvest().state());
        publisher.json("/data.json", body);
        HarvestRun empty = harvest();
        assertEquals(RunState.FAILED, empty.state(), empty::toString);
        assertEquals(1, empty.counts().failedRequests(), empty::toString);
        assertEquals(0, empty.counts().withdrawn(), empty::toString);
        assertTrue(empty.error().orElseThrow().reason().startsWith(
                "El documento no contiene datos OCDS (ni releases ni records) / The document contains no OCDS data"),
                empty::toString);
        assertTrue(store.releases.values().stream().noneMatch(MemoryStore.Stored::withdrawn), "nothing withdrawn");
    }

    private HarvestRun harvest() throws IOException {
        return Harvester.builder().validator(Validators.DATE_REQUIRED).fetchers(HttpFetcher.factory(workDir))
                .adapters(ProtocolAdapters.standard(new ObjectMapper())).sink(store).store(store)
                .mapper(new ObjectMapper()).build()
                .harvest(TestSources.source("empty", OcdsUrlAdapter.PROTOCOL,
                        Map.of("url", List.of(publisher.url("/data.json").toString()))), RunTrigger.MANUAL,
                        ProgressListener.NONE);
    }
}
