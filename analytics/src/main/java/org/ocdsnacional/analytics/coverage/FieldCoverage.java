package org.ocdsnacional.analytics.coverage;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map.Entry;
import java.util.Map;
import java.util.Set;

/**
 * Counts, over JSON texts (compiled releases), how many times each path holds something, exactly as Cardinal's
 * {@code coverage} command counts: {@code ""} is the text itself, a path ending in {@code /} an object, in
 * {@code []} an element of an array, anything else a member ({@code /tender/value/amount}). Empty values
 * ({@code ""}, {@code []}, {@code {}}, {@code null}) and values holding only empty values are not counted. An
 * element of an array counts once per element; {@link #processes} counts each path at most once per text.
 */
public final class FieldCoverage {

    private final Map<String, Long> occurrences = new LinkedHashMap<>();
    private final Map<String, Long> processes = new LinkedHashMap<>();
    private long texts;

    /** Adds one JSON text (one compiled release); returns the paths it has. */
    public Set<String> add(JsonNode text) {
        texts++;
        Map<String, Long> counted = new LinkedHashMap<>();
        walk(text, new StringBuilder(), counted);
        counted.forEach((path, count) -> occurrences.merge(path, count, Long::sum));
        counted.keySet().forEach(path -> processes.merge(path, 1L, Long::sum));
        return Collections.unmodifiableSet(counted.keySet());
    }

    /** The paths one JSON text has, counted by nothing. */
    public static Set<String> pathsOf(JsonNode text) {
        Map<String, Long> counted = new LinkedHashMap<>();
        walk(text, new StringBuilder(), counted);
        return new HashSet<>(counted.keySet());
    }

    /** How many times each path holds something, over all texts (Cardinal's output), in first-seen order. */
    public Map<String, Long> occurrences() {
        return Collections.unmodifiableMap(occurrences);
    }

    /** How many texts have each path at least once. */
    public Map<String, Long> processes() {
        return Collections.unmodifiableMap(processes);
    }

    /** How many texts were added. */
    public long texts() {
        return texts;
    }

    /** The share of texts that have each path (0 to 1), in first-seen order. */
    public Map<String, Double> shares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Entry<String, Long> path : processes.entrySet()) {
            shares.put(path.getKey(), texts == 0 ? 0.0 : (double) path.getValue() / texts);
        }
        return shares;
    }

    /** Walks a value at {@code path}; whether it holds something. */
    private static boolean walk(JsonNode value, StringBuilder path, Map<String, Long> counted) {
        boolean present = switch (value.getNodeType()) {
            case NULL, MISSING -> false;
            case ARRAY -> array(value, path, counted);
            case OBJECT -> object(value, path, counted);
            case STRING -> !value.textValue().isEmpty();
            default -> true;
        };
        if (present) {
            counted.merge(path.toString(), 1L, Long::sum);
        }
        return present;
    }

    private static boolean array(JsonNode array, StringBuilder path, Map<String, Long> counted) {
        boolean present = false;
        int length = path.length();
        path.append("[]");
        for (JsonNode element : array) {
            present |= walk(element, path, counted);
        }
        path.setLength(length);
        return present;
    }

    private static boolean object(JsonNode object, StringBuilder path, Map<String, Long> counted) {
        if (object.isEmpty()) {
            return false;
        }
        boolean present = false;
        int length = path.length();
        path.append('/');
        int member = path.length();
        for (Entry<String, JsonNode> field : object.properties()) {
            path.append(field.getKey());
            present |= walk(field.getValue(), path, counted);
            path.setLength(member);
        }
        if (present) {
            counted.merge(path.toString(), 1L, Long::sum);
        }
        path.setLength(length);
        return present;
    }
}
