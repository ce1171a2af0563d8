package org.ocdsnacional.analytics.settings;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.mx.MexicanMethod;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings files in Cardinal's format, with the Mexican flags' sections, read into typed settings. */
class FlagSettingsTest {

    @Test
    void aCardinalSettingsFileWithCommentsAndPrepareSectionsIsRead() {
        FlagSettings settings = FlagSettings.from(IniSettings.parse("""
                ; the main currency
                currency = USD
                no_price_comparison_procurement_methods = Random Selection|Sorteo de Obras

                [defaults]
                ; currency = USD
                [exclusions]   ; every flag
                procurement_method_details = Sorteo
                [R003]
                threshold = 10 # shorter than the default
                procurement_methods = open|selective|
                [R003.procurement_method_details]
                Licitación = 10
                [R024]
                threshold = 0.05
                [R038]
                minimum_submitted_bids = 3
                """));

        assertEquals(Set.of(FlagCode.R003, FlagCode.R024, FlagCode.R038), settings.cardinal().enabled());
        assertEquals(Optional.of("USD"), settings.cardinal().scope().currency());
        assertEquals(Set.of("Random Selection", "Sorteo de Obras"), settings.cardinal().scope().noPriceComparison());
        assertEquals(Set.of("Sorteo"), settings.cardinal().scope().excludedMethodDetails());
        assertEquals(10, settings.cardinal().r003().threshold());
        assertEquals(Set.of("open", "selective"), settings.cardinal().r003().procurementMethods());
        assertEquals(10L, settings.cardinal().r003().byMethodDetails().get("Licitación"));
        assertEquals(OptionalDouble.of(0.05), settings.cardinal().r024().threshold());
        assertEquals(3, settings.cardinal().r038().minimumSubmittedBids());
        assertEquals(2, settings.cardinal().r038().minimumContractingProcesses());
        assertTrue(settings.mexican().enabled().isEmpty());
    }

    @Test
    void theMexicanSectionsSetTheirFlagsAndThresholds() {
        FlagSettings settings = FlagSettings.from(IniSettings.parse("""
                [MX01]
                days = 180
                [MX02]
                [MX02.direct_award]
                2024 = 1200000.50
                other_years = 1000000
                [MX05]
                share = 0.1
                [MX06]
                cleared_statuses = Desvirtuado
                """));

        assertEquals(Set.of(FlagCode.MX01, FlagCode.MX02, FlagCode.MX05, FlagCode.MX06),
                settings.mexican().enabled());
        assertEquals(180, settings.mexican().newSupplierDays());
        assertEquals(Optional.of(new BigDecimal("1200000.50")),
                settings.mexican().thresholds().of(MexicanMethod.DIRECT_AWARD, 2024));
        assertEquals(Optional.of(new BigDecimal("1000000")),
                settings.mexican().thresholds().of(MexicanMethod.DIRECT_AWARD, 2019));
        assertEquals(Optional.empty(), settings.mexican().thresholds().of(MexicanMethod.RESTRICTED_INVITATION, 2024));
        assertEquals(new BigDecimal("0.1"), settings.mexican().amendmentShare());
        assertEquals(Set.of("Desvirtuado"), settings.mexican().clearedStatuses());
        assertTrue(settings.cardinal().enabled().isEmpty());
    }

    @Test
    void theDefaultsRunEveryFlagAndCompareAmountsInPesos() {
        FlagSettings settings = FlagSettings.defaults();

        assertEquals(11, settings.cardinal().enabled().size());
        assertEquals(6, settings.mexican().enabled().size());
        assertEquals(Optional.of("MXN"), settings.cardinal().scope().currency());
        assertEquals(15, settings.cardinal().r003().threshold());
        assertEquals(Set.of("open", "selective"), settings.cardinal().r018().procurementMethods());
        assertEquals(75, settings.cardinal().r025().percentile());
        assertEquals(20, settings.cardinal().r048().minimumContractingProcesses());
        assertEquals(365, settings.mexican().newSupplierDays());
        assertEquals(new BigDecimal("0.20"), settings.mexican().amendmentShare());
    }

    @Test
    void mistakesAreRefusedSayingWhereInSpanishAndEnglish() {
        SettingsException section = assertThrows(SettingsException.class,
                () -> FlagSettings.from(IniSettings.parse("[R099]\n")));
        SettingsException property = assertThrows(SettingsException.class,
                () -> FlagSettings.from(IniSettings.parse("[R024]\nthreshhold = 0.1\n")));
        SettingsException value = assertThrows(SettingsException.class,
                () -> FlagSettings.from(IniSettings.parse("[R003]\nthreshold = quince\n")));
        SettingsException year = assertThrows(SettingsException.class,
                () -> FlagSettings.from(IniSettings.parse("[MX02.direct_award]\nveinte = 5\n")));
        SettingsException line = assertThrows(SettingsException.class, () -> IniSettings.parse("[R003]\nthreshold\n"));

        assertEquals("Sección desconocida / Unknown section: [R099]", section.getMessage());
        assertTrue(property.getMessage().contains("Unknown property: threshhold"), property.getMessage());
        assertTrue(value.getMessage().contains("[R003] threshold = quince"), value.getMessage());
        assertTrue(value.getMessage().contains("a whole number"), value.getMessage());
        assertTrue(year.getMessage().contains("a year (2024) or other_years"), year.getMessage());
        assertTrue(line.getMessage().startsWith("Línea 2"), line.getMessage());
    }
}
