package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.cardinal.BidRatioStatistics;
import org.ocdsnacional.analytics.cardinal.PopulationStatistics;
import org.ocdsnacional.analytics.cardinal.R025;
import org.ocdsnacional.analytics.cardinal.R038;
import org.ocdsnacional.analytics.cardinal.R048;
import org.ocdsnacional.analytics.flag.Group;

/** The population's quartiles and fences as the statistics document stores them (NaN as null), and back. */
final class StatisticsJson {

    private StatisticsJson() {
    }

    static ObjectNode write(ObjectMapper mapper, PopulationStatistics statistics) {
        ObjectNode node = mapper.createObjectNode();
        BidRatioStatistics ratios = statistics.bidRatios();
        ObjectNode bidRatios = node.putObject("bidRatios");
        put(bidRatios, "q1", ratios.q1());
        put(bidRatios, "q3", ratios.q3());
        put(bidRatios, "lowerFence", ratios.lowerFence());
        put(bidRatios, "upperFence", ratios.upperFence());
        bidRatios.put("lowActive", ratios.lowActive());
        R025.Statistics r025 = statistics.r025();
        ObjectNode tenderers = node.putObject("R025");
        put(tenderers, "upperFence", r025.upperFence());
        put(tenderers, "q1", r025.q1());
        put(tenderers, "q3", r025.q3());
        put(tenderers, "lowerFence", r025.lowerFence());
        tenderers.put("active", r025.active());
        ObjectNode r038 = node.putObject("R038");
        for (R038.Statistics group : new R038.Statistics[]{statistics.r038Buyers(),
                statistics.r038ProcuringEntities(), statistics.r038Tenderers()}) {
            ObjectNode fence = r038.putObject(group.group().name());
            put(fence, "q1", group.q1());
            put(fence, "q3", group.q3());
            put(fence, "upperFence", group.upperFence());
            fence.put("counted", group.counted());
        }
        ObjectNode r048 = node.putObject("R048");
        put(r048, "q1", statistics.r048().q1());
        put(r048, "q3", statistics.r048().q3());
        put(r048, "upperFence", statistics.r048().upperFence());
        return node;
    }

    static PopulationStatistics read(JsonNode node) {
        JsonNode ratios = node.path("bidRatios");
        JsonNode r025 = node.path("R025");
        JsonNode r048 = node.path("R048");
        return new PopulationStatistics(
                new BidRatioStatistics(get(ratios, "q1"), get(ratios, "q3"), get(ratios, "lowerFence"),
                        get(ratios, "upperFence"), ratios.path("lowActive").asBoolean()),
                new R025.Statistics(get(r025, "upperFence"), get(r025, "q1"), get(r025, "q3"),
                        get(r025, "lowerFence"), r025.path("active").asBoolean()),
                r038(node, Group.BUYER), r038(node, Group.PROCURING_ENTITY), r038(node, Group.TENDERER),
                new R048.Statistics(get(r048, "q1"), get(r048, "q3"), get(r048, "upperFence")));
    }

    private static R038.Statistics r038(JsonNode node, Group group) {
        JsonNode fence = node.path("R038").path(group.name());
        return new R038.Statistics(group, get(fence, "q1"), get(fence, "q3"), get(fence, "upperFence"),
                fence.path("counted").asInt());
    }

    private static void put(ObjectNode node, String field, double value) {
        if (Double.isNaN(value)) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static double get(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.doubleValue() : Double.NaN;
    }
}
