package org.ocdsnacional.ocds.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The compact fields of an object behave as Jackson's {@code LinkedHashMap} in everything a tree does with them. */
class CompactFieldsTest {

    @Test
    void anyMixOfPutsReplacesAndRemovesLeavesWhatALinkedHashMapLeaves() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            Map<String, JsonNode> expected = new LinkedHashMap<>();
            CompactFields actual = new CompactFields();
            int names = 1 + random.nextInt(40);
            for (int step = 0; step < 300; step++) {
                String name = new String("f" + random.nextInt(names));
                JsonNode value = IntNode.valueOf(step);
                switch (random.nextInt(4)) {
                    case 0 -> assertEquals(expected.remove(name), actual.remove(name));
                    case 1 -> assertEquals(expected.get(name), actual.get(name));
                    default -> assertEquals(expected.put(name, value), actual.put(name, value));
                }
                assertEquals(expected.size(), actual.size());
            }
            assertEquals(new ArrayList<>(expected.entrySet()), new ArrayList<>(actual.entrySet()));
            assertEquals(expected, actual);
            assertEquals(actual, expected);
            assertEquals(expected.hashCode(), actual.hashCode());
        }
    }

    @Test
    void iteratorsRemoveInPlaceAndNoticeFieldsAddedMeanwhile() {
        for (int count : new int[] {12, 16, 20}) {
            CompactFields fields = new CompactFields();
            List<String> odd = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                fields.put("f" + i, IntNode.valueOf(i));
                if (i % 2 == 1) {
                    odd.add("f" + i);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> each = fields.entrySet().iterator(); each.hasNext(); ) {
                if (each.next().getValue().intValue() % 2 == 0) {
                    each.remove();
                }
            }
            assertEquals(odd, new ArrayList<>(fields.keySet()));
            assertNull(fields.get("f4"));
            assertEquals(IntNode.valueOf(count - 1), fields.get("f" + (count - 1)));
            Iterator<String> names = fields.keySet().iterator();
            names.next();
            fields.put("new", IntNode.valueOf(0));
            assertThrows(ConcurrentModificationException.class, names::next);
        }
    }

    @Test
    void anObjectGrowingPastTheArrayWhileIteratedIsNoticed() {
        CompactFields fields = new CompactFields();
        for (int i = 0; i < 16; i++) {
            fields.put("f" + i, IntNode.valueOf(i));
        }
        Iterator<String> names = fields.keySet().iterator();
        for (int i = 0; i < 16; i++) {
            names.next();
        }
        fields.put("f16", IntNode.valueOf(16));
        assertThrows(ConcurrentModificationException.class, names::next);
        assertEquals(17, fields.size());
        assertEquals(IntNode.valueOf(3), fields.get("f3"));
        assertEquals(IntNode.valueOf(16), fields.get("f16"));
    }

    @Test
    void treesOfCompactObjectsAreEqualToJacksonsAndWriteTheSame() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode jackson = mapper.readTree("{\"b\": 1, \"a\": {\"x\": [\"y\"]}, \"c\": null}");
        ObjectNode compact = CompactFields.objectNode();
        compact.put("b", 1);
        compact.set("a", CompactFields.objectNode().set("x", mapper.createArrayNode().add("y")));
        compact.putNull("c");

        assertEquals(jackson, compact);
        assertEquals(compact, jackson);
        assertEquals(jackson.hashCode(), compact.hashCode());
        assertEquals(mapper.writeValueAsString(jackson), mapper.writeValueAsString(compact));
        compact.remove("a");
        compact.set("b", TextNode.valueOf("z"));
        assertEquals("{\"b\":\"z\",\"c\":null}", mapper.writeValueAsString(compact));
        assertEquals(compact, compact.deepCopy());
    }
}
