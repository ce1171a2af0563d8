package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.ProcessKey;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.model.ReleaseUid;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.time.Clock;
import java.util.List;

/** The document of one harvested release in the releases index. */
final class ReleaseDocuments {

    private final ObjectMapper mapper;
    private final Clock clock;

    ReleaseDocuments(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    static String uid(HarvestedRelease harvested) {
        return ReleaseUid.of(harvested.sourceId(), harvested.release(), harvested.contentHash());
    }

    static String processKey(HarvestedRelease harvested) {
        return ProcessKey.of(harvested.sourceId(), harvested.release().ocid());
    }

    ObjectNode build(HarvestedRelease harvested) {
        Release release = harvested.release();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("uid", uid(harvested));
        doc.put("sourceId", harvested.sourceId());
        doc.put("runId", harvested.runId());
        doc.put("ocid", release.ocid());
        doc.put("processKey", processKey(harvested));
        doc.put("releaseId", release.id());
        release.date().flatMap(Dates::normalise).ifPresent(date -> doc.put("date", date));
        ArrayNode tags = doc.putArray("tags");
        release.json().path("tag").forEach(tag -> tags.add(tag.asText()));
        doc.put("hash", harvested.contentHash());
        harvested.packageInfo().version().ifPresent(version -> doc.put("packageVersion", version));
        harvested.packageInfo().extensions().forEach(doc.putArray("packageExtensions")::add);
        doc.put("documentUrl", harvested.documentUrl());
        doc.put("withdrawn", false);
        doc.put("harvestedAt", clock.instant().toString());
        doc.set("validation", validation(harvested.issues()));
        doc.set("json", release.json());
        return doc;
    }

    private ObjectNode validation(List<ValidationIssue> issues) {
        ObjectNode validation = mapper.createObjectNode();
        validation.put("errors", issues.stream().filter(i -> i.severity() == Severity.ERROR).count());
        validation.put("warnings", issues.stream().filter(i -> i.severity() == Severity.WARNING).count());
        validation.set("issues", mapper.valueToTree(issues));
        return validation;
    }
}
