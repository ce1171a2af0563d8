package org.ocdsnacional.analytics.mx;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.settings.IniSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MX03: direct awards from one buyer to one supplier within 30 days that add up above the threshold. */
class SplitPurchasesTest {

    private static final MexicanFlagSettings SETTINGS = MexicanFlagSettings.from(IniSettings.parse("""
            [MX03]
            [MX02.direct_award]
            2024 = 500000
            """));
    private static final MexicanFlags FLAGS = new MexicanFlags(SETTINGS, ReferenceList.NONE);

    @Test
    void threeAwardsUnderTheThresholdWithinTheWindowThatAddUpAboveItAreFlaggedEach() {
        List<DirectAward> awards = awards(
                Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2024-03-01", "200000"),
                Releases.directAward("p2", "GEJ850101AB1", "NUE100115QR7", "2024-03-10", "200000"),
                Releases.directAward("p3", "GEJ850101AB1", "NUE100115QR7", "2024-03-31", "200000"));

        Map<String, Flag> flags = FLAGS.splitPurchases(awards);

        assertEquals(Set.of("p1", "p2", "p3"), flags.keySet());
        Flag flag = flags.get("p2");
        assertEquals(3.0, flag.value());
        assertTrue(flag.evidence().contains(new Evidence("buyer", "MX-RFC-GEJ850101AB1")), flag.toString());
        assertTrue(flag.evidence().contains(new Evidence("supplier", "MX-RFC-NUE100115QR7")), flag.toString());
        assertTrue(flag.evidence().contains(new Evidence("total", "600000 MXN")), flag.toString());
        assertTrue(flag.evidence().contains(new Evidence("award", "p3 2024-03-31 200000 MXN")), flag.toString());
    }

    @Test
    void theWindowEndsAfterItsDaysAndASumAtTheThresholdIsNotAbove() {
        List<DirectAward> tooFarApart = awards(
                Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2024-03-01", "300000"),
                Releases.directAward("p2", "GEJ850101AB1", "NUE100115QR7", "2024-04-01", "300000"));
        List<DirectAward> atTheThreshold = awards(
                Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2024-03-01", "250000"),
                Releases.directAward("p2", "GEJ850101AB1", "NUE100115QR7", "2024-03-31", "250000"));

        assertEquals(Map.of(), FLAGS.splitPurchases(tooFarApart));
        assertEquals(Map.of(), FLAGS.splitPurchases(atTheThreshold));
    }

    @Test
    void onlyOnePairAddsUpAndAnAwardAboveTheThresholdIsNoPartOfASplit() {
        List<DirectAward> awards = awards(
                Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2024-03-01", "300000"),
                Releases.directAward("p2", "GEJ850101AB1", "OTR100115QR7", "2024-03-02", "300000"),
                Releases.directAward("p3", "OTB850101AB1", "NUE100115QR7", "2024-03-03", "300000"),
                Releases.directAward("p4", "GEJ850101AB1", "NUE100115QR7", "2024-03-04", "900000"));

        assertEquals(Map.of(), FLAGS.splitPurchases(awards));
        assertEquals(List.of(), FLAGS.splitCandidates(
                Releases.directAward("p4", "GEJ850101AB1", "NUE100115QR7", "2024-03-04", "900000")));
    }

    @Test
    void twoAwardsOfOneProcessAreNotASplit() {
        DirectAward first = new DirectAward("p1", "MX-RFC-GEJ850101AB1", "MX-RFC-NUE100115QR7",
                java.time.LocalDate.of(2024, 3, 1), new java.math.BigDecimal("300000"));
        DirectAward second = new DirectAward("p1", first.buyer(), first.supplier(), first.date().plusDays(1),
                first.amount());

        assertEquals(Map.of(), FLAGS.splitPurchases(List.of(first, second)));
    }

    @Test
    void processesThatAreNoDirectAwardsGiveNoCandidates() {
        assertEquals(List.of(), FLAGS.splitCandidates(Releases.json("""
                {'ocid': 'p1', 'buyer': {'id': 'MX-RFC-GEJ850101AB1'},
                 'tender': {'procurementMethod': 'open', 'procurementMethodDetails': 'Licitación pública'},
                 'awards': [{'date': '2024-03-01', 'suppliers': [{'id': 'MX-RFC-NUE100115QR7'}],
                             'value': {'amount': 100, 'currency': 'MXN'}}]}
                """)));
    }

    private static List<DirectAward> awards(com.fasterxml.jackson.databind.JsonNode... releases) {
        List<DirectAward> awards = new ArrayList<>();
        for (var release : releases) {
            awards.addAll(DirectAward.of(release, "MXN"));
        }
        return awards;
    }
}
