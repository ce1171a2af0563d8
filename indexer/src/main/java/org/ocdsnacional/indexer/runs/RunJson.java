package org.ocdsnacional.indexer.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HttpOutcomes;
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
        doc.set("counts", mapper.valueToTree(run.counts()));
        run.error().ifPresent(error -> {
            ObjectNode node = doc.putObject("error").put("url", error.url()).put("reason", error.reason());
            error.status().ifPresent(status -> node.put("status", status));
        });
        return doc;
    }

    static HarvestRun read(JsonNode doc) {
        return new HarvestRun(
                doc.path("runId").asText(),
                doc.path("sourceId").asText(),
                RunTrigger.valueOf(doc.path("trigger").asText()),
                RunState.valueOf(doc.path("state").asText()),
                Instant.parse(doc.path("startedAt").asText()),
                doc.hasNonNull("finishedAt") ? Optional.of(Instant.parse(doc.path("finishedAt").asText()))
                        : Optional.empty(),
                counts(doc.path("counts")),
                error(doc.path("error")));
    }

    private static RunCounts counts(JsonNode c) {
        JsonNode h = c.path("http");
        return new RunCounts(c.path("requests").asLong(), c.path("failedRequests").asLong(), c.path("bytes").asLong(),
                c.path("releases").asLong(), c.path("newReleases").asLong(), c.path("changed").asLong(),
                c.path("unchanged").asLong(), c.path("duplicates").asLong(), c.path("withdrawn").asLong(),
                c.path("invalid").asLong(), c.path("issues").asLong(), c.path("processes").asLong(),
                c.path("unchangedDocuments").asLong(),
                new HttpOutcomes(h.path("succeeded").asLong(), h.path("notModified").asLong(),
                        h.path("redirects").asLong(), h.path("retries").asLong(), h.path("clientErrors").asLong(),
                        h.path("serverErrors").asLong(), h.path("networkErrors").asLong(), h.path("refused").asLong()));
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
