package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.cardinal.BidRatio;
import org.ocdsnacional.analytics.cardinal.Disqualifications;
import org.ocdsnacional.analytics.cardinal.Observation;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.mx.DirectAward;
import org.ocdsnacional.analytics.national.NationalObservation;
import org.ocdsnacional.analytics.stats.Fraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a process adds to the population, as its document stores it ({@code observation}): the parts it has (to find
 * the processes that count in the statistics), its bid ratio and the organizations whose flags it carries (to find
 * the processes a new fence or a newly flagged organization changes), its direct awards (MX03 adds up those of each
 * buyer–supplier pair, read from their doc values by {@link DirectAwardScan}), and Cardinal's observation whole (to
 * count it again): readable in {@code cardinal}, and the same JSON as a column of its own ({@code statistics}, binary
 * doc values) that the population's statistics are counted from without reading each document's source.
 */
public final class ObservationJson {

    static final String RATIO = "ratio";
    static final String OUTCOMES = "outcomes";
    static final String DISQUALIFICATIONS = "disqualifications";
    static final String CLASSIFICATIONS = "classifications";
    static final String DIRECT_AWARDS = "directAwards";
    /** The parts that count in the population's statistics. */
    static final List<String> STATISTICS_PARTS = List.of(RATIO, OUTCOMES, DISQUALIFICATIONS, CLASSIFICATIONS);
    /** Cardinal's observation as JSON bytes, in binary doc values: what the statistics are counted from. */
    static final String STATISTICS = "statistics";

    private ObservationJson() {
    }

    static ObjectNode write(ObjectMapper mapper, NationalObservation observation) {
        ObjectNode node = mapper.createObjectNode();
        Observation cardinal = observation.cardinal();
        ArrayNode parts = node.putArray("parts");
        ObjectNode stored = node.putObject("cardinal");
        cardinal.bidRatio().ifPresent(ratio -> {
            parts.add(RATIO);
            node.put("bidRatio", ratio.ratio());
            stored.putObject("bidRatio").put("ratio", ratio.ratio()).put("winner", ratio.winner())
                    .put("secondLowest", ratio.secondLowest()).put("winningAmount", ratio.winningAmount())
                    .put("secondAmount", ratio.secondAmount());
        });
        if (!cardinal.tendererOutcomes().isEmpty()) {
            parts.add(OUTCOMES);
            stored.set(OUTCOMES, fractions(mapper, cardinal.tendererOutcomes()));
        }
        cardinal.disqualifications().ifPresent(process -> {
            parts.add(DISQUALIFICATIONS);
            ObjectNode bids = stored.putObject(DISQUALIFICATIONS);
            process.buyer().ifPresent(id -> bids.put("buyer", id));
            process.procuringEntity().ifPresent(id -> bids.put("procuringEntity", id));
            bids.put("disqualified", process.bids().numerator()).put("submitted", process.bids().denominator());
            bids.set("tenderers", fractions(mapper, process.tenderers()));
        });
        if (!cardinal.classifications().isEmpty()) {
            parts.add(CLASSIFICATIONS);
            ArrayNode list = stored.putArray(CLASSIFICATIONS);
            cardinal.classifications().forEach((org, codes) -> {
                ArrayNode prefixes = list.addObject().put("org", org).putArray("codes");
                codes.stream().sorted().forEach(prefixes::add);
            });
        }
        if (observation.countsInStatistics()) {
            node.put(STATISTICS, bytes(mapper, stored));
        }
        ObjectNode subjects = node.putObject("subjects");
        observation.subjects().forEach((code, ids) -> {
            ArrayNode list = subjects.putArray(code.name());
            ids.stream().sorted().forEach(list::add);
        });
        if (!observation.directAwards().isEmpty()) {
            parts.add(DIRECT_AWARDS);
            ArrayNode awards = node.putArray(DIRECT_AWARDS);
            observation.directAwards().forEach(award -> awards.addObject().put("buyer", award.buyer()).put("supplier", award.supplier())
                    .put("date", award.date().toString()).put("amount", award.amount().toPlainString()));
        }
        return node;
    }

    /** Cardinal's observation stored in {@code observation}. */
    static Observation cardinal(JsonNode observation) {
        return cardinalOf(observation.path("cardinal"));
    }

    /**
     * Cardinal's observation from the column {@code statistics} as doc values return it (base64 of its JSON), for
     * counting the statistics.
     */
    static Observation counted(ObjectMapper mapper, String base64) {
        try {
            return cardinalOf(mapper.readTree(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("A stored observation is not JSON", e);
        }
    }

    private static Observation cardinalOf(JsonNode stored) {
        JsonNode ratio = stored.path("bidRatio");
        Optional<BidRatio> bidRatio = ratio.isObject() ? Optional.of(new BidRatio(ratio.path("ratio").asDouble(),
                ratio.path("winner").asText(), ratio.path("secondLowest").asText(),
                ratio.path("winningAmount").asDouble(), ratio.path("secondAmount").asDouble())) : Optional.empty();
        JsonNode bids = stored.path(DISQUALIFICATIONS);
        Optional<Disqualifications> disqualifications = bids.isObject() ? Optional.of(new Disqualifications(
                text(bids, "buyer"), text(bids, "procuringEntity"), new Fraction(bids.path("disqualified").asLong(),
                bids.path("submitted").asLong()), fractions(bids.path("tenderers")))) : Optional.empty();
        Map<String, Set<String>> classifications = new LinkedHashMap<>();
        for (JsonNode supplier : stored.path(CLASSIFICATIONS)) {
            Set<String> codes = new LinkedHashSet<>();
            supplier.path("codes").forEach(code -> codes.add(code.asText()));
            classifications.put(supplier.path("org").asText(), codes);
        }
        return new Observation(bidRatio, fractions(stored.path(OUTCOMES)), disqualifications, classifications);
    }

    /** The whole observation stored in {@code observation}; its direct awards carry the process's {@code key}. */
    static NationalObservation read(JsonNode observation, String key) {
        return new NationalObservation(cardinal(observation), directAwards(observation, key));
    }

    /** The direct awards stored in {@code observation}, each with the process's {@code key} as its ocid. */
    static List<DirectAward> directAwards(JsonNode observation, String key) {
        List<DirectAward> awards = new ArrayList<>();
        for (JsonNode award : observation.path(DIRECT_AWARDS)) {
            awards.add(new DirectAward(key, award.path("buyer").asText(), award.path("supplier").asText(),
                    LocalDate.parse(award.path("date").asText()), new BigDecimal(award.path("amount").asText())));
        }
        return awards;
    }

    /** The buyer–supplier pairs of the direct awards stored in {@code observation}. */
    static Set<BuyerSupplier> pairs(JsonNode observation) {
        Set<BuyerSupplier> pairs = new LinkedHashSet<>();
        observation.path(DIRECT_AWARDS).forEach(award -> pairs.add(new BuyerSupplier(award.path("buyer").asText(),
                award.path("supplier").asText())));
        return pairs;
    }

    /** The flags on organizations a process carries, by code, from its stored observation. */
    static Map<FlagCode, Set<String>> subjects(JsonNode observation) {
        Map<FlagCode, Set<String>> subjects = new LinkedHashMap<>();
        observation.path("subjects").properties().forEach(entry -> {
            Set<String> ids = new LinkedHashSet<>();
            entry.getValue().forEach(id -> ids.add(id.asText()));
            subjects.put(FlagCode.valueOf(entry.getKey()), ids);
        });
        return subjects;
    }

    private static byte[] bytes(ObjectMapper mapper, JsonNode stored) {
        try {
            return mapper.writeValueAsBytes(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode fractions(ObjectMapper mapper, Map<String, Fraction> fractions) {
        ArrayNode list = mapper.createArrayNode();
        fractions.forEach((org, fraction) -> list.addObject().put("org", org).put("n", fraction.numerator())
                .put("d", fraction.denominator()));
        return list;
    }

    private static Map<String, Fraction> fractions(JsonNode list) {
        Map<String, Fraction> fractions = new LinkedHashMap<>();
        list.forEach(entry -> fractions.put(entry.path("org").asText(), new Fraction(entry.path("n").asLong(),
                entry.path("d").asLong())));
        return fractions;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.path(field).asText()) : Optional.empty();
    }
}
