package org.ocdsnacional.analytics.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A file in which each line is a JSON text, read as Cardinal reads it: lines of whitespace only are skipped
 * silently, a line that is not one JSON text (trailing characters included) is skipped with a warning, one line
 * at a time in memory.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /** Hands each line's JSON to {@code texts}; returns how many lines were skipped as not JSON. */
    public static long each(BufferedReader lines, ObjectMapper mapper, Consumer<JsonNode> texts,
                            Consumer<String> warnings) throws IOException {
        ObjectReader reader = mapper.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        long skipped = 0;
        long number = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.chars().allMatch(JsonLines::asciiWhitespace)) {
                continue;
            }
            try {
                texts.accept(reader.readTree(line));
            } catch (JsonProcessingException e) {
                skipped++;
                warnings.accept("Línea " + number + ": no es JSON, se omite / Line " + number
                        + " is invalid JSON, skipping: " + e.getOriginalMessage());
            }
        }
        return skipped;
    }

    private static boolean asciiWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
