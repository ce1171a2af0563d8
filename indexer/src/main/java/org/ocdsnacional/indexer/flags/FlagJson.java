package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Flags as a process document (or a flagged organization's document) stores them, and back. */
public final class FlagJson {

    private FlagJson() {
    }

    /** {@code [{code, value, evidence: [{field, value}]}]}, in the order given. */
    public static ArrayNode write(ObjectMapper mapper, Collection<Flag> flags) {
        ArrayNode list = mapper.createArrayNode();
        flags.forEach(flag -> list.add(write(mapper, flag)));
        return list;
    }

    static ObjectNode write(ObjectMapper mapper, Flag flag) {
        ObjectNode node = mapper.createObjectNode();
        node.put("code", flag.code().name());
        node.put("value", flag.value());
        ArrayNode evidence = node.putArray("evidence");
        flag.evidence().forEach(fact -> evidence.addObject().put("field", fact.field()).put("value", fact.value()));
        return node;
    }

    /** The flags stored in {@code list}; entries of codes this version does not know are left out. */
    public static List<Flag> read(JsonNode list) {
        List<Flag> flags = new ArrayList<>();
        for (JsonNode node : list) {
            known(node.path("code").asText()).ifPresent(code -> flags.add(new Flag(code,
                    node.path("value").asDouble(), evidence(node.path("evidence")))));
        }
        return flags;
    }

    static Flag readOne(JsonNode node) {
        return new Flag(FlagCode.valueOf(node.path("code").asText()), node.path("value").asDouble(),
                evidence(node.path("evidence")));
    }

    /** The codes of {@code flags}, as {@code flagCodes} stores them. */
    static ArrayNode codes(ObjectMapper mapper, Collection<Flag> flags) {
        ArrayNode codes = mapper.createArrayNode();
        flags.stream().map(flag -> flag.code().name()).distinct().forEach(codes::add);
        return codes;
    }

    private static List<Evidence> evidence(JsonNode list) {
        List<Evidence> evidence = new ArrayList<>();
        list.forEach(fact -> evidence.add(new Evidence(fact.path("field").asText(), fact.path("value").asText())));
        return evidence;
    }

    private static java.util.Optional<FlagCode> known(String code) {
        try {
            return java.util.Optional.of(FlagCode.valueOf(code));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }
}
