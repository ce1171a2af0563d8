package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.Json;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlainValuesTest {

    private static final ObjectMapper MAPPER = Json.mapper();

    @Test
    void jsonBecomesMapsListsAndExactNumbers() throws Exception {
        Object plain = PlainValues.of(MAPPER.readTree("""
                {"b": "Ñandú", "a": [1, 12345678901, 250000.50, true, null], "c": {"x": {}}}"""));
        Map<?, ?> map = (Map<?, ?>) plain;
        assertEquals(List.of("b", "a", "c"), List.copyOf(map.keySet()), "order kept");
        assertEquals("Ñandú", map.get("b"));
        assertEquals(Arrays.asList(1, 12345678901L, new BigDecimal("250000.50"), true, null), map.get("a"),
                "integers as integers, the decimal exact with its trailing zero");
        assertEquals(Map.of("x", Map.of()), map.get("c"));
        assertNull(PlainValues.of(MAPPER.missingNode()));
    }
}
