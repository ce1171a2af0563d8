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

    /** Written out in full, 1e-999999999 takes a gigabyte: an absurd number stays the text it was published as. */
    @Test
    void absurdNumbersStayTheirText() throws Exception {
        Map<?, ?> map = (Map<?, ?>) PlainValues.of(MAPPER.readTree("""
                {"tiny": 1e-999999999, "huge": 1e999999999, "fine": 1e3}"""));
        assertEquals("1E-999999999", map.get("tiny"));
        assertEquals("1E+999999999", map.get("huge"));
        assertEquals(new BigDecimal("1E+3"), map.get("fine"));
    }
}
