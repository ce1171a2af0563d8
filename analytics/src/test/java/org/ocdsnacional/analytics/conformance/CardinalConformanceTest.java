package org.ocdsnacional.analytics.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.analytics.settings.SettingsSections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison itself: numbers by value, anything else exactly; and the table's totals. */
class CardinalConformanceTest {

    @TempDir
    Path dir;

    private final CardinalConformance conformance = new CardinalConformance(new ObjectMapper());

    @Test
    void numbersAgreeByValueAndAnythingElseMustBeEqual() throws IOException {
        Path input = Files.writeString(dir.resolve("in.jsonl"),
                "{\"ocid\":\"F\",\"tender\":{\"numberOfTenderers\":1,\"procurementMethod\":\"open\"}}\n");
        SettingsSections r018 = FixtureSettings.of("R018");

        ConformanceRow same = conformance.run(new CardinalCase(CardinalCase.Suite.INDICATORS, "same", input, r018,
                false, "{\"OCID\":{\"F\":{\"R018\":1}}}"));
        ConformanceRow otherValue = conformance.run(new CardinalCase(CardinalCase.Suite.INDICATORS, "value", input,
                r018, false, "{\"OCID\":{\"F\":{\"R018\":0.5}}}"));
        ConformanceRow otherProcess = conformance.run(new CardinalCase(CardinalCase.Suite.INDICATORS, "ocid", input,
                r018, false, "{\"OCID\":{\"G\":{\"R018\":1.0}}}"));

        assertTrue(same.agree(), same.ours());
        assertFalse(otherValue.agree());
        assertFalse(otherProcess.agree());
        assertEquals("{\"OCID\":{\"F\":{\"R018\":1.0}}}", same.ours());
        assertEquals("2 cases: 1 agree, 1 disagree" + System.lineSeparator(),
                ConformanceTable.totals(List.of(same, otherValue)));
    }

    @Test
    void fileNamesStateTheSettingsAsCardinalsBuildScriptReadsThem() {
        SettingsSections pairs = FixtureSettings.of("R003-procurement_method_details-x-5-y-10");
        SettingsSections list = FixtureSettings.of("R003-procurement_methods-open+selective");

        assertEquals("5", pairs.value("R003.procurement_method_details", "x").orElseThrow());
        assertEquals("10", pairs.value("R003.procurement_method_details", "y").orElseThrow());
        assertTrue(pairs.has("R003"));
        assertEquals("open|selective", list.value("R003", "procurement_methods").orElseThrow());
        assertEquals("NPC", list.value("", "no_price_comparison_procurement_methods").orElseThrow());
        assertEquals("EXC", list.value("exclusions", "procurement_method_details").orElseThrow());
    }
}
