package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.summary.SummaryBuilder;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One record of a record package: the record itself, then its releases, which the schema allows as all linked
 * (url, date, tag) or all embedded (whole releases). As lib-cove-ocds does, releases without any {@code id} are
 * read as linked, releases that all have one as embedded, and a mixture is one error; each error says which
 * reading it was found under ({@code assumption}). The compiled release is checked as a release.
 */
final class RecordChecks {

    private static final Set<String> ELSEWHERE = Set.of("releases", "compiledRelease", "versionedRelease");
    static final Map<String, String> LINKED = Map.of("assumption", "linked_releases");
    static final Map<String, String> EMBEDDED = Map.of("assumption", "embedded_releases");

    private final CompiledProfile profile;
    private final int cap;
    private final Consumer<List<ValidationIssue>> out;
    private final SummaryBuilder summary;

    RecordChecks(CompiledProfile profile, int cap, Consumer<List<ValidationIssue>> out, SummaryBuilder summary) {
        this.profile = profile;
        this.cap = cap;
        this.out = out;
        this.summary = summary;
    }

    void check(JsonNode record, String pointer) {
        summary.record();
        Findings findings = new Findings(scalar(record.path("ocid")), "", cap);
        ReleaseChecks.schema(profile.recordShell(), record, pointer, Texts.Root.RECORD, findings, Map.of());
        if (record.isObject()) {
            new FieldWalk(profile.profile().codelists(), findings).object(record, profile.recordShape(), pointer,
                    ELSEWHERE);
            OcidRules.check(record, pointer, findings);
            releases(record.get("releases"), JsonPointers.child(pointer, "releases"), findings);
            compiled(record, pointer);
        }
        out.accept(findings.issues());
    }

    private void releases(JsonNode releases, String at, Findings findings) {
        if (releases == null) {
            return;
        }
        if (!releases.isArray()) {
            RecordTexts.notAnArray(releases, at, findings);
        } else if (releases.isEmpty()) {
            RecordTexts.empty(at, findings);
        } else if (noneHasId(releases)) {
            linked(releases, at, findings);
        } else if (allHaveId(releases)) {
            embedded(releases, at, findings);
        } else {
            RecordTexts.mixture(at, findings);
        }
    }

    private void linked(JsonNode releases, String at, Findings findings) {
        FieldWalk walk = new FieldWalk(profile.profile().codelists(), findings);
        for (int i = 0; i < releases.size(); i++) {
            JsonNode link = releases.get(i);
            String linkAt = JsonPointers.index(at, i);
            ReleaseChecks.schema(profile.linkedRelease(), link, linkAt, Texts.Root.RELEASE, findings, LINKED);
            if (link.isObject()) {
                walk.object(link, profile.linkedReleaseShape(), linkAt, Set.of());
            }
        }
    }

    /** Embedded releases, each checked in full; unless they also read as valid linked releases, as the peer allows. */
    private void embedded(JsonNode releases, String at, Findings findings) {
        if (validAsLinked(releases)) {
            return;
        }
        for (int i = 0; i < releases.size(); i++) {
            JsonNode release = releases.get(i);
            Findings own = new Findings(scalar(release.path("ocid")), scalar(release.path("id")), cap);
            ReleaseChecks.check(profile, release, JsonPointers.index(at, i), own, EMBEDDED);
            out.accept(own.issues());
            summary.release(release);
        }
    }

    private void compiled(JsonNode record, String pointer) {
        JsonNode compiled = record.get("compiledRelease");
        if (compiled == null) {
            return;
        }
        Findings own = new Findings(scalar(compiled.path("ocid")), scalar(compiled.path("id")), cap);
        ReleaseChecks.check(profile, compiled, JsonPointers.child(pointer, "compiledRelease"), own, Map.of());
        out.accept(own.issues());
        if (!allHaveId(record.path("releases")) || record.path("releases").isEmpty()) {
            summary.release(compiled);
        }
    }

    private boolean validAsLinked(JsonNode releases) {
        for (JsonNode link : releases) {
            if (!profile.linkedRelease().validate(link).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneHasId(JsonNode releases) {
        for (JsonNode release : releases) {
            if (release.has("id")) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHaveId(JsonNode releases) {
        for (JsonNode release : releases) {
            if (!release.has("id")) {
                return false;
            }
        }
        return releases.isArray();
    }

    /** The text of a scalar; empty for anything else. */
    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : "";
    }
}
