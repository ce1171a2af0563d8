package org.ocdsnacional.ocds.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The issues found in one release (or one package), with the ocid and release id they belong to. Keeps at most
 * {@code cap} of them; the others are counted, and stand as one {@code validation.truncated} issue at the end.
 */
final class Findings {

    private final String ocid;
    private final String releaseId;
    private final int cap;
    private final List<ValidationIssue> issues = new ArrayList<>();
    private int total;

    Findings(String ocid, String releaseId, int cap) {
        this.ocid = ocid;
        this.releaseId = releaseId;
        this.cap = cap;
    }

    void add(Severity severity, String type, String path, String value, Supplier<Texts> texts) {
        add(severity, type, path, value, texts, Map.of());
    }

    void add(Severity severity, String type, String path, String value, Supplier<Texts> texts,
             Map<String, String> details) {
        add(severity, type, path, JsonPointers.fieldOf(path), value, texts, details);
    }

    /** Adds an issue whose message {@code texts} composes only if someone reads it. */
    void add(Severity severity, String type, String path, String field, String value, Supplier<Texts> texts,
             Map<String, String> details) {
        total++;
        if (issues.size() < cap) {
            issues.add(new ValidationIssue(severity, type, path, field, value, IssueMessage.of(texts), ocid,
                    releaseId, details));
        }
    }

    /** The issues kept, followed by a {@code validation.truncated} issue when some were only counted. */
    List<ValidationIssue> issues() {
        if (total <= issues.size()) {
            return List.copyOf(issues);
        }
        List<ValidationIssue> all = new ArrayList<>(issues);
        int omitted = total - issues.size();
        all.add(new ValidationIssue(Severity.INFO, "validation.truncated", "", "", Integer.toString(omitted),
                "Se encontraron " + omitted + " problemas más en esta entrega; se cuentan pero no se listan",
                omitted + " more issues were found in this release; they are counted but not listed",
                ocid, releaseId, Map.of("omitted", Integer.toString(omitted))));
        return all;
    }

    String ocid() {
        return ocid;
    }

    String releaseId() {
        return releaseId;
    }
}
