package org.ocdsnacional.analytics.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.cardinal.CardinalSettings;
import org.ocdsnacional.analytics.coverage.FieldCoverage;
import org.ocdsnacional.analytics.mx.ReferenceList;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.analytics.run.FlagRun;
import org.ocdsnacional.analytics.run.JsonLines;
import org.ocdsnacional.analytics.run.ReportJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs Cardinal's cases through this module and compares the outputs with Cardinal's. */
public final class CardinalConformance {

    private final ObjectMapper mapper;

    public CardinalConformance(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public List<ConformanceRow> run(List<CardinalCase> cases) throws IOException {
        List<ConformanceRow> rows = new ArrayList<>();
        for (CardinalCase c : cases) {
            rows.add(run(c));
        }
        return rows;
    }

    public ConformanceRow run(CardinalCase c) throws IOException {
        JsonNode expected = mapper.readTree(c.expected());
        JsonNode ours = c.suite() == CardinalCase.Suite.INDICATORS ? indicators(c) : coverage(c);
        return new ConformanceRow(c.suite().label(), c.name(), mapper.writeValueAsString(expected),
                mapper.writeValueAsString(ours), expected.equals(NUMBERS_BY_VALUE, ours));
    }

    /** What this module's flags give for the case, in Cardinal's output shape. */
    public JsonNode indicators(CardinalCase c) throws IOException {
        FlagRun run = FlagRun.start(FlagSettings.cardinalOnly(CardinalSettings.from(c.settings())), ReferenceList.NONE);
        try (BufferedReader lines = Files.newBufferedReader(c.input(), StandardCharsets.UTF_8)) {
            JsonLines.each(lines, mapper, text -> run.add(text, PublicationHistory.UNKNOWN), warning -> { });
        }
        return ReportJson.of(run.finish(), c.meta(), false);
    }

    /** What this module's field coverage counts for the case, as Cardinal prints it. */
    public JsonNode coverage(CardinalCase c) throws IOException {
        FieldCoverage coverage = new FieldCoverage();
        try (BufferedReader lines = Files.newBufferedReader(c.input(), StandardCharsets.UTF_8)) {
            JsonLines.each(lines, mapper, coverage::add, warning -> { });
        }
        ObjectNode counts = mapper.createObjectNode();
        coverage.occurrences().forEach(counts::put);
        return counts;
    }

    /** Numbers equal when their values are ({@code 1} and {@code 1.0}); anything else by Jackson's equality. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };
}
