package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.settings.IniSettings;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MX02: direct awards and restricted invitations above the threshold of their year and method. */
class ThresholdExceededTest {

    private static final MexicanFlagSettings SETTINGS = MexicanFlagSettings.from(IniSettings.parse("""
            [MX02]
            [MX02.direct_award]
            2024 = 500000
            other_years = 400000
            [MX02.restricted_invitation]
            2024 = 2000000
            """));

    @Test
    void aDirectAwardAboveTheThresholdOfItsYearIsFlaggedAndOneAtItIsNot() {
        JsonNode at = Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2024-07-15", "500000.00");
        JsonNode above = Releases.directAward("p2", "GEJ850101AB1", "NUE100115QR7", "2024-07-15", "500000.01");

        Flag flag = ThresholdExceeded.assess(above, SETTINGS).orElseThrow();

        assertEquals(Optional.empty(), ThresholdExceeded.assess(at, SETTINGS));
        assertEquals(1.00000002, flag.value(), 1e-12);
        assertTrue(flag.evidence().contains(new Evidence("/tender/procurementMethodDetails", "Adjudicación directa")));
        assertTrue(flag.evidence().contains(new Evidence("awarded", "500000.01 MXN")), flag.toString());
        assertTrue(flag.evidence().contains(new Evidence("threshold", "500000 MXN (2024)")), flag.toString());
    }

    @Test
    void yearsNotListedTakeTheOtherYearsAmount() {
        JsonNode release = Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2023-07-15", "450000");

        assertEquals(1.125, ThresholdExceeded.assess(release, SETTINGS).orElseThrow().value());
    }

    @Test
    void restrictedInvitationsHaveTheirOwnThresholdAndPublicTendersNone() {
        JsonNode invitation = withMethod("Invitación a cuando menos tres personas", "selective", "2500000");
        JsonNode belowItsThreshold = withMethod("Invitación a cuando menos tres personas", "selective", "600000");
        JsonNode tender = withMethod("Licitación pública", "open", "90000000");

        assertEquals(1.25, ThresholdExceeded.assess(invitation, SETTINGS).orElseThrow().value());
        assertEquals(Optional.empty(), ThresholdExceeded.assess(belowItsThreshold, SETTINGS));
        assertEquals(Optional.empty(), ThresholdExceeded.assess(tender, SETTINGS));
    }

    @Test
    void aDirectAwardCodedLimitedIsKnownByItsRationaleAsMexicoCityPublishesIt() {
        JsonNode release = Releases.json("""
                {'ocid': 'p1', 'tender': {'procurementMethod': 'limited',
                   'procurementMethodRationale': 'Arrendamiento de bienes inmuebles por adjudicación directa.'},
                 'awards': [{'date': '2024-01-10', 'value': {'amount': 600000, 'currency': 'MXN'}}]}
                """);

        Flag flag = ThresholdExceeded.assess(release, SETTINGS).orElseThrow();

        assertEquals(1.2, flag.value());
        assertTrue(flag.evidence().getFirst().field().equals("/tender/procurementMethodRationale"));
    }

    @Test
    void amountsInOtherCurrenciesAreNotComparedAndAwardsAddUp() {
        JsonNode dollars = Releases.json("""
                {'ocid': 'p1', 'tender': {'procurementMethod': 'direct'},
                 'awards': [{'date': '2024-01-10', 'value': {'amount': 900000, 'currency': 'USD'}}]}
                """);
        JsonNode twoAwards = Releases.json("""
                {'ocid': 'p1', 'tender': {'procurementMethod': 'direct'},
                 'awards': [{'date': '2024-01-10', 'value': {'amount': 300000, 'currency': 'MXN'}},
                            {'date': '2024-01-12', 'value': {'amount': 300000, 'currency': 'MXN'}},
                            {'status': 'cancelled', 'date': '2024-01-12', 'value': {'amount': 9, 'currency': 'MXN'}}]}
                """);

        assertEquals(Optional.empty(), ThresholdExceeded.assess(dollars, SETTINGS));
        assertEquals(1.2, ThresholdExceeded.assess(twoAwards, SETTINGS).orElseThrow().value());
    }

    @Test
    void withoutThresholdsNothingIsFlagged() {
        JsonNode release = Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2024-07-15", "99999999");

        assertEquals(Optional.empty(), ThresholdExceeded.assess(release, MexicanFlagSettings.defaults()));
    }

    private static JsonNode withMethod(String details, String code, String amount) {
        return Releases.json("""
                {'ocid': 'p1', 'tender': {'procurementMethod': '%s', 'procurementMethodDetails': '%s'},
                 'awards': [{'status': 'active', 'date': '2024-05-02', 'value': {'amount': %s, 'currency': 'MXN'}}]}
                """.formatted(code, details, amount));
    }
}
