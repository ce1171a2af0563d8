package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated data is reproducible and looks like Mexican procurement data. */
class DatasetTest {

    /** The SAT's pattern: 3 (company) or 4 (person) letters, YYMMDD, two-character homoclave, check character. */
    private static final Pattern RFC = Pattern.compile(
            "^[A-ZÑ&]{3,4}\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[A-Z\\d]{2}[A\\d]$");
    private static final Dataset NATIONAL = Dataset.of(GeneratorSettings.of(400, 11).withInvalidShare(0));

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        Dataset again = Dataset.of(GeneratorSettings.of(400, 11).withInvalidShare(0));
        Dataset other = Dataset.of(GeneratorSettings.of(400, 12).withInvalidShare(0));

        assertEquals(NATIONAL.releases(123), again.releases(123));
        assertNotEquals(NATIONAL.releases(123), other.releases(123));
    }

    @Test
    void eachProcessHasChronologicalReleasesAcrossItsStages() {
        Set<Integer> counts = new HashSet<>();
        for (int index = 0; index < NATIONAL.size(); index++) {
            List<ObjectNode> releases = NATIONAL.releases(index);
            counts.add(releases.size());
            for (int i = 1; i < releases.size(); i++) {
                assertTrue(releases.get(i - 1).get("date").asText().compareTo(releases.get(i).get("date").asText()) < 0);
                assertEquals(NATIONAL.ocid(index), releases.get(i).get("ocid").asText());
            }
        }
        assertEquals(Set.of(1, 2, 3, 4, 5, 6), counts);
        Dataset six = Dataset.of(GeneratorSettings.of(20, 1).withReleasesPerProcess(6));
        assertEquals(List.of("planning", "tender", "tenderAmendment", "award", "contract", "implementation"),
                six.releases(7).stream().map(r -> r.at("/tag/0").asText()).toList());
    }

    @Test
    void everyRfcHasTheOfficialFormatTwelveForCompaniesThirteenForPeople() {
        int people = 0;
        for (int index = 0; index < NATIONAL.size(); index++) {
            for (JsonNode party : NATIONAL.releases(index).getLast().path("parties")) {
                String rfc = party.at("/identifier/id").asText();
                assertTrue(RFC.matcher(rfc).matches(), rfc);
                assertEquals(rfc.charAt(rfc.length() - 1), RfcMaker.checkCharacter(rfc.substring(0, rfc.length() - 1)));
                boolean person = rfc.length() == 13;
                people += person ? 1 : 0;
                boolean company = party.path("roles").toString().contains("buyer")
                        || party.path("name").asText().contains(", ");
                assertEquals(person, !company, party.toString());
            }
        }
        assertTrue(people > 0, "some suppliers are natural persons");
    }

    @Test
    void suppliersRecurAcrossStatesAndBuyers() {
        Map<String, Set<String>> statesOfSupplier = new HashMap<>();
        Map<String, Set<String>> buyersOfSupplier = new HashMap<>();
        for (int index = 0; index < NATIONAL.size(); index++) {
            ObjectNode last = NATIONAL.releases(index).getLast();
            for (JsonNode supplier : last.at("/awards/0/suppliers")) {
                statesOfSupplier.computeIfAbsent(supplier.path("id").asText(), id -> new HashSet<>())
                        .add(NATIONAL.state(index).code());
                buyersOfSupplier.computeIfAbsent(supplier.path("id").asText(), id -> new HashSet<>())
                        .add(last.at("/buyer/name").asText());
            }
        }
        int busiest = statesOfSupplier.values().stream().mapToInt(Set::size).max().orElse(0);
        assertTrue(busiest >= 5, "the busiest supplier sells in " + busiest + " states");
        assertTrue(buyersOfSupplier.values().stream().filter(buyers -> buyers.size() > 1).count() >= 10);
    }

    @Test
    void dataSetsOfTwoStatesFromOneSeedShareSuppliersButNoProcess() {
        Dataset jalisco = Dataset.of(GeneratorSettings.of(300, 9).withStates(List.of(MexicanState.byCode("MX-JAL")
                .orElseThrow())));
        Dataset yucatan = Dataset.of(GeneratorSettings.of(300, 9).withStates(List.of(MexicanState.byCode("MX-YUC")
                .orElseThrow())));

        Set<String> shared = facts(jalisco);
        shared.retainAll(facts(yucatan));
        Set<String> suppliers = suppliers(jalisco);
        suppliers.retainAll(suppliers(yucatan));

        assertEquals(0, shared.size(), "the same amounts and dates in both states, e.g. "
                + shared.stream().limit(3).toList());
        assertTrue(suppliers.size() >= 10, "suppliers selling in both states: " + suppliers.size());
    }

    @Test
    void aFixedNumberOfReleasesAddsTheAmendmentsItNeeds() {
        Dataset seven = Dataset.of(GeneratorSettings.of(20, 1).withReleasesPerProcess(7).withInvalidShare(0));

        assertEquals(List.of("planning", "tender", "tenderAmendment", "award", "contract", "contractAmendment",
                "implementation"), seven.releases(3).stream().map(r -> r.at("/tag/0").asText()).toList());
        JsonNode amended = seven.releases(3).getLast().at("/contracts/0");
        assertTrue(amended.at("/value/amount").decimalValue().compareTo(seven.releases(3).getLast()
                .at("/awards/0/value/amount").decimalValue()) > 0, "the amendment raises the contract's value");
    }

    private static Set<String> facts(Dataset dataset) {
        Set<String> facts = new HashSet<>();
        for (int index = 0; index < dataset.size(); index++) {
            ObjectNode last = dataset.releases(index).getLast();
            facts.add(last.at("/tender/value") + " " + last.at("/tender/tenderPeriod"));
        }
        return facts;
    }

    private static Set<String> suppliers(Dataset dataset) {
        Set<String> suppliers = new HashSet<>();
        for (int index = 0; index < dataset.size(); index++) {
            dataset.releases(index).getLast().path("awards").forEach(award -> award.path("suppliers")
                    .forEach(supplier -> suppliers.add(supplier.path("id").asText())));
        }
        return suppliers;
    }

    @Test
    void amountsAreSpreadLikeRealOnesMostlyInPesos() {
        List<Double> pesos = new ArrayList<>();
        Map<String, Integer> currencies = new HashMap<>();
        for (int index = 0; index < NATIONAL.size(); index++) {
            JsonNode value = NATIONAL.releases(index).getLast().at("/tender/value");
            currencies.merge(value.path("currency").asText(), 1, Integer::sum);
            if (value.path("currency").asText().equals("MXN")) {
                pesos.add(value.path("amount").decimalValue().doubleValue());
            }
        }
        Collections.sort(pesos);
        double median = pesos.get(pesos.size() / 2);
        assertTrue(median > 150_000 && median < 3_000_000, "median " + median);
        assertTrue(pesos.getLast() > 10 * median, "a long tail: max " + pesos.getLast());
        assertTrue(pesos.getFirst() > 0);
        assertTrue(currencies.get("MXN") > 0.9 * NATIONAL.size());
        assertTrue(currencies.size() > 1, "a few other currencies: " + currencies);
    }

    @Test
    void textIsSpanishWithAccentsAndBuyersArePublicEntitiesOfTheirState() {
        ObjectNode release = NATIONAL.releases(0).getLast();
        String buyer = release.at("/buyer/name").asText();
        MexicanState state = NATIONAL.state(0);

        assertTrue(buyer.endsWith(state.name()) || state.municipalities().stream().anyMatch(buyer::endsWith), buyer);
        assertTrue(NATIONAL.ocid(0).contains("-" + state.abbreviation() + "-"));
        long accented = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> NATIONAL.releases(i).getLast().at("/tender/description").asText())
                .filter(text -> text.matches(".*[áéíóúñ].*")).count();
        assertEquals(50, accented);
    }

    @Test
    void theInvalidShareIsRespected() {
        Dataset dirty = Dataset.of(GeneratorSettings.of(600, 3).withInvalidShare(0.2));
        Dataset clean = Dataset.of(GeneratorSettings.of(600, 3).withInvalidShare(0));
        int releases = 0;
        int changed = 0;
        for (int index = 0; index < dirty.size(); index++) {
            List<ObjectNode> a = dirty.releases(index);
            List<ObjectNode> b = clean.releases(index);
            for (int i = 0; i < a.size(); i++) {
                releases++;
                changed += a.get(i).equals(b.get(i)) ? 0 : 1;
            }
        }
        double share = (double) changed / releases;
        assertTrue(share > 0.16 && share < 0.24, "share of invalid releases " + share);
    }
}
