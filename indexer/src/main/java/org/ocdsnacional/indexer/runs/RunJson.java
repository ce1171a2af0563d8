package org.ocdsnacional.indexer.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.time.Instant;
import java.util.Optional;

/** A harvest run as a document of the runs index, and back. */
final class RunJson {

    private RunJson() {
    }

    static ObjectNode write(ObjectMapper mapper, HarvestRun run) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("runId", run.runId());
        doc.put("sourceId", run.sourceId());
        doc.put("trigger", run.trigger().name());
        doc.put("state", run.state().name());
        doc.put("startedAt", run.startedAt().toString());
        run.finishedAt().ifPresent(at -> doc.put("finishedAt", at.toString()));
        RunCounts counts = run.counts();
        doc.putObject("counts")
                .put("requests", counts.requests())
                .put("failedRequests", counts.failedRequests())
                .put("bytes", counts.bytes())
                .put("releases", counts.releases())
                .put("invalid", counts.invalid())
                .put("issues", counts.issues())
                .put("processes", counts.processes());
        run.error().ifPresent(error -> {
            ObjectNode node = doc.putObject("error").put("url", error.url()).put("reason", error.reason());
            error.status().ifPresent(status -> node.put("status", status));
        });
        return doc;
    }

    static HarvestRun read(JsonNode doc) {
        JsonNode counts = doc.path("counts");
        return new HarvestRun(
                doc.path("runId").asText(),
                doc.path("sourceId").asText(),
                RunTrigger.valueOf(doc.path("trigger").asText()),
                RunState.valueOf(doc.path("state").asText()),
                Instant.parse(doc.path("startedAt").asText()),
                doc.hasNonNull("finishedAt") ? Optional.of(Instant.parse(doc.path("finishedAt").asText()))
                        : Optional.empty(),
                new RunCounts(counts.path("requests").asLong(), counts.path("failedRequests").asLong(),
                        counts.path("bytes").asLong(), counts.path("releases").asLong(),
                        counts.path("invalid").asLong(), counts.path("issues").asLong(),
                        counts.path("processes").asLong()),
                error(doc.path("error")));
    }

    private static Optional<RunError> error(JsonNode error) {
        if (!error.isObject()) {
            return Optional.empty();
        }
        Optional<Integer> status = error.hasNonNull("status") ? Optional.of(error.path("status").asInt())
                : Optional.empty();
        return Optional.of(new RunError(error.path("url").asText(), status, error.path("reason").asText()));
    }
}
