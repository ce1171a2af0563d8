package org.ocdsnacional.harvester.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.protocol.OcdsUrlAdapter;
import org.ocdsnacional.harvester.testing.ClosingServer;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.TestHarvesters;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Servers that close the connection after each response (HTTP/1.0, or {@code Connection: close}), as simple state
 * platforms do: a closed pooled connection is not the publisher's failure, so each file costs one request and the run
 * records no error (issue 14 item 4).
 */
class ClosedConnectionsTest {

    private static final int FILES = 10;

    @TempDir
    Path workDir;

    @Test
    void anHttp10ServerGetsOneRequestPerFileAndNoErrors() throws IOException {
        try (ClosingServer server = ClosingServer.http10(ClosedConnectionsTest::file)) {
            assertOneRequestPerFile(server);
        }
    }

    @Test
    void aServerSayingConnectionCloseGetsOneRequestPerFileAndNoErrors() throws IOException {
        try (ClosingServer server = ClosingServer.connectionClose(ClosedConnectionsTest::file)) {
            assertOneRequestPerFile(server);
        }
    }

    private void assertOneRequestPerFile(ClosingServer server) throws IOException {
        List<String> urls = IntStream.rangeClosed(1, FILES).mapToObj(n -> server.url("/file-" + n + ".json")).toList();
        HarvestRun run = TestHarvesters.create(new RecordingSink(), workDir).harvest(
                TestSources.source("closing", OcdsUrlAdapter.PROTOCOL, Map.of("urls", urls)), RunTrigger.MANUAL,
                ProgressListener.NONE);
        assertEquals(RunState.SUCCEEDED, run.state(), run::toString);
        assertEquals(FILES, run.counts().requests(), run::toString);
        assertEquals(0, run.counts().failedRequests(), run::toString);
        assertEquals(0, run.counts().http().networkErrors(), run::toString);
        assertEquals(0, run.counts().http().retries(), run::toString);
        assertEquals(FILES, run.counts().releases(), run::toString);
        assertEquals(FILES, server.requestLines().size(), server.requestLines()::toString);
    }

    private static String file(String path) {
        String ocid = "ocds-test01-" + path.replaceAll("\\D", "");
        return "{\"version\":\"1.1\",\"releases\":[{\"ocid\":\"" + ocid + "\",\"id\":\"" + ocid + "-1\","
                + "\"date\":\"2024-01-01T00:00:00Z\",\"tag\":[\"tender\"]}]}";
    }
}
