package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MX06: suppliers listed (and not cleared) before the award. */
class ReferenceListSupplierTest {

    private static final MexicanFlagSettings SETTINGS = MexicanFlagSettings.defaults();
    private static final JsonNode AWARD = Releases.directAward("p1", "GEJ850101AB1", "NUE100115QR7", "2024-07-15",
            "100000");

    @Test
    void aSupplierListedBeforeTheAwardIsFlaggedWithTheListsStatusAndDate() {
        ReferenceList lists = listing("Presunto", LocalDate.of(2024, 7, 14));

        Flag flag = ReferenceListSupplier.assess(AWARD, lists, SETTINGS).orElseThrow();

        assertEquals(1.0, flag.value());
        assertTrue(flag.evidence().contains(new Evidence("/awards/0/suppliers/0", "NUE100115QR7")));
        assertTrue(flag.evidence().contains(new Evidence("list", "SAT 69-B")));
        assertTrue(flag.evidence().contains(new Evidence("status", "Presunto")));
        assertTrue(flag.evidence().contains(new Evidence("listDate", "2024-07-14")));
    }

    @Test
    void aListingDatedOnOrAfterTheAwardSaysNothingAboutIt() {
        assertEquals(Optional.empty(),
                ReferenceListSupplier.assess(AWARD, listing("Definitivo", LocalDate.of(2024, 7, 15)), SETTINGS));
        assertEquals(Optional.empty(),
                ReferenceListSupplier.assess(AWARD, listing("Definitivo", LocalDate.of(2024, 9, 1)), SETTINGS));
    }

    @Test
    void aClearedStatusIsNoFlagWhateverItsCaseOrAccents() {
        assertEquals(Optional.empty(),
                ReferenceListSupplier.assess(AWARD, listing("DESVIRTUADO", LocalDate.of(2020, 1, 1)), SETTINGS));
        assertEquals(Optional.empty(), ReferenceListSupplier.assess(AWARD, ReferenceList.NONE, SETTINGS));
    }

    private static ReferenceList listing(String status, LocalDate date) {
        return rfc -> rfc.equals("NUE100115QR7") ? List.of(new ListedOrganization("SAT 69-B", rfc, status, date))
                : List.of();
    }
}
