package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Schema errors in lib-cove-ocds's terms: grouped by validator, path without numbers and (for records) the
 * assumption, with the instance path of each (for {@code required}, the object missing the field, whose name is
 * the group's header).
 */
final class PeerErrors {

    private static final Set<String> NOT_SCHEMA_ERRORS = Set.of("schema.unavailable", "schema.broken");

    private PeerErrors() {
    }

    /** Our schema errors, grouped as the peer groups them: key → instance paths, sorted. */
    static Map<String, List<String>> ours(List<ValidationIssue> issues) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (ValidationIssue issue : issues) {
            peerError(issue).ifPresent(error -> groups.computeIfAbsent(error.key(), k -> new ArrayList<>())
                    .add(error.path()));
        }
        groups.values().forEach(paths -> paths.sort(null));
        return groups;
    }

    /** The peer's expected groups, in the same form. */
    static Map<String, List<String>> expected(JsonNode errors) {
        Map<String, List<String>> groups = new TreeMap<>();
        for (JsonNode error : errors) {
            String validator = error.path("validator").asText();
            String header = validator.equals("required") ? error.path("header").asText() : "";
            String key = key(validator, error.path("path_no_number").asText(), error.path("assumption").asText(""),
                    header);
            List<String> paths = groups.computeIfAbsent(key, k -> new ArrayList<>());
            error.path("paths").forEach(path -> paths.add(path.asText()));
        }
        groups.values().forEach(paths -> paths.sort(null));
        return groups;
    }

    /** The value our issue gives for each instance path of the peer's kind, for comparing the peer's "values". */
    static Map<String, List<String>> values(List<ValidationIssue> issues) {
        Map<String, List<String>> values = new TreeMap<>();
        for (ValidationIssue issue : issues) {
            peerError(issue).ifPresent(error -> values.computeIfAbsent(error.key(), k -> new ArrayList<>())
                    .add(error.path() + "=" + issue.value()));
        }
        return values;
    }

    static String describe(Map<String, List<String>> groups) {
        if (groups.isEmpty()) {
            return "no errors";
        }
        List<String> parts = new ArrayList<>();
        groups.forEach((key, paths) -> parts.add(key + " ×" + paths.size() + " " + paths));
        return groups.size() + " groups: " + String.join("; ", parts);
    }

    private static Optional<PeerError> peerError(ValidationIssue issue) {
        String type = issue.type();
        if (!type.startsWith("schema.") || NOT_SCHEMA_ERRORS.contains(type)) {
            return Optional.empty();
        }
        String assumption = issue.details().getOrDefault("assumption", "");
        String path = peerPath(issue.path());
        return Optional.of(switch (type) {
            case "schema.required" -> new PeerError("required", parent(path), assumption, issue.field());
            case "schema.additionalProperties" -> new PeerError("additionalProperties", parent(path), assumption, "");
            case "schema.duplicate_release", "schema.duplicate_record", "schema.duplicate_id" ->
                    new PeerError("uniqueItems", path, assumption, "");
            default -> new PeerError(type.substring("schema.".length()), path, assumption, "");
        });
    }

    /** Our JSON pointer as the peer writes paths: without the leading slash. */
    static String peerPath(String pointer) {
        return pointer.startsWith("/") ? pointer.substring(1) : pointer;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    static String key(String validator, String pathNoNumber, String assumption, String header) {
        return validator + " " + pathNoNumber + (assumption.isEmpty() ? "" : " [" + assumption + "]")
                + (header.isEmpty() ? "" : " '" + header + "'");
    }

    /** One error as the peer sees it. */
    private record PeerError(String validator, String path, String assumption, String header) {
        String key() {
            return PeerErrors.key(validator, path.replaceAll("/\\d+(?=/|$)", "").replaceAll("^\\d+/?", ""),
                    assumption, header);
        }
    }
}
