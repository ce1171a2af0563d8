package org.ocdsnacional.ocds.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 7396's own examples (appendix A), written with single quotes. */
class MergePatchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{'a':'b'}              | {'a':'c'}              | {'a':'c'}",
            "{'a':'b'}              | {'b':'c'}              | {'a':'b','b':'c'}",
            "{'a':'b'}              | {'a':null}             | {}",
            "{'a':'b','b':'c'}      | {'a':null}             | {'b':'c'}",
            "{'a':['b']}            | {'a':'c'}              | {'a':'c'}",
            "{'a':'c'}              | {'a':['b']}            | {'a':['b']}",
            "{'a':{'b':'c'}}        | {'a':{'b':'d','c':null}} | {'a':{'b':'d'}}",
            "{'a':[{'b':'c'}]}      | {'a':[1]}              | {'a':[1]}",
            "['a','b']              | ['c','d']              | ['c','d']",
            "{'a':'b'}              | ['c']                  | ['c']",
            "{'e':null}             | {'a':1}                | {'e':null,'a':1}",
            "[1,2]                  | {'a':'b','c':null}     | {'a':'b'}",
            "{}                     | {'a':{'bb':{'ccc':null}}} | {'a':{'bb':{}}}"})
    void appliesAsTheRfcSays(String target, String patch, String result) throws IOException {
        JsonNode before = json(target);

        assertEquals(json(result), MergePatch.apply(before, json(patch)));
        assertEquals(json(target), before, "the target is not modified");
    }

    private static JsonNode json(String text) throws IOException {
        return MAPPER.readTree(text.replace('\'', '"'));
    }
}
