package org.ocdsnacional.indexer.query;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ocdsnacional.indexer.query.Vocabulary.ClosedSet;
import org.ocdsnacional.indexer.query.Vocabulary.Term;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The closed sets and the currency codes, and how a filter outside them is refused. */
class VocabularyTest {

    private static final List<ClosedSet> SETS = List.of(Vocabulary.STATES, Vocabulary.LEVELS,
            Vocabulary.PROCUREMENT_METHODS, Vocabulary.PROCUREMENT_CATEGORIES, Vocabulary.TENDER_STATUSES,
            Vocabulary.AWARD_STATUSES, Vocabulary.CONTRACT_STATUSES);

    @Test
    void theStatesAreTheThirtyTwoAndTheFederalGovernmentWithTheirNames() {
        List<Term> states = Vocabulary.STATES.terms();
        assertEquals(33, states.size());
        assertTrue(states.stream().limit(32).allMatch(term -> term.code().matches("MX-[A-Z]{3}")), states.toString());
        assertEquals(new Term("federal", "Gobierno federal"), states.getLast());
        assertEquals("Jalisco", Vocabulary.STATES.byCode("MX-JAL").orElseThrow().name());
        assertEquals("Ciudad de México", Vocabulary.STATES.byEnumName("MX_CMX").orElseThrow().name());
        assertEquals("FEDERAL", states.getLast().enumName());
    }

    @Test
    void everyCodeAndEnumNameIsUniqueWithinItsSet() {
        for (ClosedSet set : SETS) {
            assertEquals(set.terms().size(), set.terms().stream().map(Term::code).distinct().count(), set.argument());
            assertEquals(set.terms().size(), set.terms().stream().map(Term::enumName).distinct().count(),
                    set.argument());
        }
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"Jalisco", "JAL", "mx-jal", "MX_JAL", ""})
    void aStateOutsideTheSetIsRefusedWithTheAllowedCodes(String state) {
        InvalidQueryException refused = assertThrows(InvalidQueryException.class,
                () -> ProcessFilter.builder().states(List.of("MX-JAL", state)).build());
        assertTrue(refused.getMessage().startsWith("«states»: «" + state + "» no es un valor permitido"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("MX-AGU, MX-BCN") && refused.getMessage().contains("federal"),
                refused.getMessage());
    }

    @Test
    void everyClosedFilterIsChecked() {
        assertThrows(InvalidQueryException.class, () -> ProcessFilter.builder().levels(List.of("estatal")).build());
        assertThrows(InvalidQueryException.class, () -> ProcessFilter.builder()
                .methods(List.of("Adjudicación directa")).build());
        assertThrows(InvalidQueryException.class, () -> ProcessFilter.builder().categories(List.of("obra")).build());
        assertThrows(InvalidQueryException.class, () -> ProcessFilter.builder()
                .tenderStatuses(List.of("adjudicada")).build());
        assertThrows(InvalidQueryException.class, () -> ProcessFilter.builder()
                .awardStatuses(List.of("Active")).build());
        assertThrows(InvalidQueryException.class, () -> ProcessFilter.builder()
                .contractStatuses(List.of("closed")).build());
        assertEquals(List.of("MX-JAL", "federal"), ProcessFilter.builder().states(List.of("MX-JAL", "federal"))
                .build().states());
    }

    @Test
    void aCurrencyMustBeAnIso4217Code() {
        assertEquals("MXN", Vocabulary.currency("currency", "MXN"));
        assertEquals("XXX", Vocabulary.currency("currency", "XXX"), "no currency, as indexing writes it");
        InvalidQueryException lower = assertThrows(InvalidQueryException.class,
                () -> Vocabulary.currency("currency", "mxn"));
        assertTrue(lower.getMessage().contains("¿quiso decir MXN?"), lower.getMessage());
        InvalidQueryException pesos = assertThrows(InvalidQueryException.class, () -> new AmountRange(
                Optional.of("PESOS"), Optional.empty(), Optional.empty()));
        assertTrue(pesos.getMessage().contains("ISO 4217"), pesos.getMessage());
        assertThrows(InvalidQueryException.class, () -> new ProcessOrder(ProcessOrder.Field.AMOUNT, false, "US$"));
    }

    @Test
    void theCurrencyCodesAreThoseOfTheOcdsCodelist() throws IOException {
        Path codelist = Path.of(System.getProperty("ocds.shared.dir", "../../shared")).toAbsolutePath().normalize()
                .resolve("ocds-mirror/standard.open-contracting.org/schema/1__1__5/codelists/currency.csv");
        Assumptions.assumeTrue(Files.isRegularFile(codelist), "The OCDS schema mirror is not at " + codelist
                + " (set -Docds.shared.dir): the shipped currency codes are not compared with the codelist");
        Set<String> codes = Files.readAllLines(codelist).stream().skip(1).map(line -> line.split(",", 2)[0])
                .collect(Collectors.toSet());
        assertEquals(codes, Vocabulary.CURRENCIES);
        assertTrue(codes.size() > 250, "current and historical codes: " + codes.size());
    }
}
