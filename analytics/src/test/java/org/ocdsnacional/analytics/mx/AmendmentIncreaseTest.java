package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.release.PublicationHistory;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MX05: contracts whose value rose by more than 20 % of their original value. */
class AmendmentIncreaseTest {

    private static final MexicanFlagSettings SETTINGS = MexicanFlagSettings.defaults();

    @Test
    void aRiseAboveTheShareSinceTheFirstPublicationIsFlaggedAndOneOfExactlyTheShareIsNot() {
        PublicationHistory history = PublicationHistory.of(List.of(contract("2024-01-01", "100000", "MXN")));

        Flag flag = AmendmentIncrease.assess(contract("2024-05-01", "130000", "MXN"), history, SETTINGS).orElseThrow();

        assertEquals(0.3, flag.value());
        assertTrue(flag.evidence().contains(new Evidence("/contracts/0/value", "130000 MXN")), flag.toString());
        assertTrue(flag.evidence().contains(new Evidence("firstPublishedValue", "100000 MXN")), flag.toString());
        assertEquals(Optional.empty(),
                AmendmentIncrease.assess(contract("2024-05-01", "120000", "MXN"), history, SETTINGS));
    }

    @Test
    void theFormerValueAnAmendmentRecordsComesFirst() {
        JsonNode release = Releases.json("""
                {'ocid': 'p1', 'contracts': [{'id': 'c1', 'value': {'amount': 150, 'currency': 'MXN'},
                  'amendments': [{'id': 'a1', 'changes': [{'property': 'value.amount', 'former_value': 100}]}]}]}
                """);

        Flag flag = AmendmentIncrease.assess(release, PublicationHistory.UNKNOWN, SETTINGS).orElseThrow();

        assertEquals(0.5, flag.value());
        assertTrue(flag.evidence().contains(new Evidence("/contracts/0/amendments/0/changes/0/former_value",
                "100 MXN")), flag.toString());
    }

    @Test
    void valuesInAnotherCurrencyOrUnknownOriginalsRaiseNothing() {
        PublicationHistory dollars = PublicationHistory.of(List.of(contract("2024-01-01", "100", "USD")));

        assertEquals(Optional.empty(),
                AmendmentIncrease.assess(contract("2024-05-01", "900", "MXN"), dollars, SETTINGS));
        assertEquals(Optional.empty(), AmendmentIncrease.assess(contract("2024-05-01", "900", "MXN"),
                PublicationHistory.UNKNOWN, SETTINGS));
    }

    private static JsonNode contract(String date, String amount, String currency) {
        return Releases.json("""
                {'ocid': 'p1', 'date': '%sT10:00:00-06:00',
                 'contracts': [{'id': 'c1', 'value': {'amount': %s, 'currency': '%s'}}]}
                """.formatted(date, amount, currency));
    }
}
