package org.ocdsnacional.api.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void anAnswerWithinTheLimitIsWrittenWhole() {
        Map<String, Object> answer = Map.of("data", Map.of("names", List.of("Ñandú", "Azteca")));
        byte[] written = BoundedJson.write(MAPPER, answer, 1_000).orElseThrow();
        assertEquals("{\"data\":{\"names\":[\"Ñandú\",\"Azteca\"]}}", new String(written, StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerPastTheLimitIsNotWrittenAtAll() {
        Map<String, Object> answer = Map.of("data", Map.of("text", "x".repeat(100_000)));
        assertEquals(Optional.empty(), BoundedJson.write(MAPPER, answer, 10_000));
        String error = BoundedJson.tooLarge(1024 * 1024).toString();
        assertTrue(error.contains(ResponseWeight.TOO_LARGE) && error.contains("1 MiB"), error);
    }
}
