package org.ocdsnacional.indexer.issues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.validate.IssueGroup;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Issue groups and run reports as documents of the issues index, and back. */
final class IssueJson {

    static final String GROUP = "group";
    static final String REPORT = "report";

    private IssueJson() {
    }

    static ObjectNode group(ObjectMapper mapper, HarvestRun run, IssueGroup group) {
        ObjectNode doc = base(mapper, run, GROUP);
        doc.put("severity", group.severity().name());
        doc.put("severityRank", rank(group.severity()));
        doc.put("type", group.type());
        doc.put("pathPattern", group.pathPattern());
        doc.put("field", group.field());
        doc.put("key", group.key());
        doc.put("count", group.count());
        doc.put("messageEs", group.messageEs());
        doc.put("messageEn", group.messageEn());
        doc.set("examples", mapper.valueToTree(group.examples()));
        return doc;
    }

    static ObjectNode report(ObjectMapper mapper, HarvestRun run, ValidationReport report) {
        ObjectNode doc = base(mapper, run, REPORT);
        doc.put("errors", report.errors());
        doc.put("warnings", report.warnings());
        doc.put("infos", report.infos());
        doc.put("ungroupedIssues", report.ungroupedIssues());
        doc.put("groupCount", report.groups().size());
        doc.set("profiles", mapper.valueToTree(report.profiles()));
        doc.set("summary", mapper.valueToTree(report.summary()));
        return doc;
    }

    static StoredGroup group(JsonNode doc, OptionalLong previousCount) {
        return new StoredGroup(doc.path("severity").asText(), doc.path("type").asText(),
                doc.path("pathPattern").asText(), doc.path("field").asText(), doc.path("count").asLong(),
                previousCount, doc.path("messageEs").asText(), doc.path("messageEn").asText(), doc.path("examples"));
    }

    static RunReport report(JsonNode doc, Optional<String> previousRunId) {
        return new RunReport(doc.path("runId").asText(), doc.path("sourceId").asText(),
                Instant.parse(doc.path("startedAt").asText()), doc.path("errors").asLong(),
                doc.path("warnings").asLong(), doc.path("infos").asLong(), doc.path("ungroupedIssues").asLong(),
                doc.path("groupCount").asInt(), doc.path("profiles"), doc.path("summary"), previousRunId);
    }

    private static ObjectNode base(ObjectMapper mapper, HarvestRun run, String kind) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("kind", kind);
        doc.put("runId", run.runId());
        doc.put("sourceId", run.sourceId());
        doc.put("startedAt", run.startedAt().toString());
        return doc;
    }

    private static int rank(Severity severity) {
        return severity.ordinal();
    }
}
