package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Small helpers for putting the peer's expectations and our findings in the same words. */
final class Peer {

    private Peer() {
    }

    /** The peer's paths of our issues of {@code type}, sorted. */
    static List<String> paths(List<ValidationIssue> issues, String type) {
        return issues.stream().filter(issue -> issue.type().equals(type))
                .map(issue -> PeerErrors.peerPath(issue.path())).sorted().toList();
    }

    /** A JSON value as comparable text: lists sorted, maps sorted by key, scalars as text. */
    static String text(JsonNode value) {
        if (value.isArray()) {
            TreeSet<String> items = new TreeSet<>();
            value.forEach(item -> items.add(text(item)));
            return items.toString();
        }
        if (value.isObject()) {
            Map<String, String> sorted = new TreeMap<>();
            value.properties().forEach(e -> sorted.put(e.getKey(), text(e.getValue())));
            return sorted.toString();
        }
        return value.asText();
    }

    /** {@code key=value} pairs, sorted by key, joined. */
    static String pairs(Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        new TreeMap<>(values).forEach((key, value) -> parts.add(key + "=" + value));
        return String.join("; ", parts);
    }

    /** A name for an inline input. */
    static String inline(JsonNode input) {
        String text = input.toString();
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
