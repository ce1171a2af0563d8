package org.ocdsnacional.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.Release;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Releases become compiled releases process by process, each with the history its releases tell. */
class ConsecutiveProcessesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ReleaseMerger GENERIC = ReleaseMerger.forSchema(MAPPER.createObjectNode());

    @Test
    void consecutiveReleasesOfAnOcidAreCompiledAndLoneOnesTakenAsTheyAre() throws Exception {
        List<JsonNode> compiled = new ArrayList<>();
        List<PublicationHistory> histories = new ArrayList<>();
        ConsecutiveProcesses processes = new ConsecutiveProcesses(GENERIC::compile, (json, history) -> {
            compiled.add(json);
            histories.add(history);
        });

        processes.release(release("{'ocid': 'a', 'id': '1', 'date': '2024-01-02T00:00:00Z',"
                + " 'tender': {'title': 't'}}"));
        processes.release(release("{'ocid': 'a', 'id': '2', 'date': '2024-03-02T00:00:00Z',"
                + " 'tender': {'status': 'complete'}}"));
        processes.release(release("{'ocid': 'b', 'id': '1', 'tag': ['compiled']}"));
        processes.release(release("{'id': 'x'}"));
        processes.release(release("{'id': 'y'}"));
        processes.finish();

        assertEquals(4, compiled.size());
        assertEquals("t", compiled.getFirst().path("tender").path("title").asText());
        assertEquals("complete", compiled.getFirst().path("tender").path("status").asText());
        assertEquals("compiled", compiled.getFirst().path("tag").get(0).asText());
        assertEquals("2024-01-02T00:00:00Z", histories.getFirst().firstReleaseDate().orElseThrow());
        assertEquals(PublicationHistory.UNKNOWN, histories.get(1));
        assertEquals("x", compiled.get(2).path("id").asText());
        assertEquals("y", compiled.get(3).path("id").asText());
    }

    private static Release release(String singleQuoted) throws Exception {
        return new Release((ObjectNode) MAPPER.readTree(singleQuoted.replace('\'', '"')));
    }
}
