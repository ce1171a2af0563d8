package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MX01: legal entities incorporated (by their RFC's date) fewer than 365 days before the award. */
class NewlyIncorporatedSupplierTest {

    private static final MexicanFlagSettings SETTINGS = MexicanFlagSettings.defaults();

    @Test
    void aCompanyIncorporatedMonthsBeforeTheAwardIsFlaggedWithItsAgeInDays() {
        JsonNode release = Releases.directAward("p1", "GEJ850101AB1", "NUE240115QR7", "2024-07-15", "100000");

        Flag flag = NewlyIncorporatedSupplier.assess(release, SETTINGS).orElseThrow();

        assertEquals(FlagCode.MX01, flag.code());
        assertEquals(182.0, flag.value());
        assertEquals("Proveedor de reciente creación", flag.nameEs());
        assertTrue(flag.evidence().contains(new Evidence("/awards/0/suppliers/0", "NUE240115QR7")), flag.toString());
        assertTrue(flag.evidence().contains(new Evidence("incorporationDate", "2024-01-15")), flag.toString());
        assertTrue(flag.evidence().contains(new Evidence("/awards/0/date", "2024-07-15T12:00:00-06:00")));
    }

    @Test
    void aPersonsRfcCarriesABirthDateAndIsNeverFlagged() {
        JsonNode release = Releases.directAward("p1", "GEJ850101AB1", "GOMA240115QR7", "2024-07-15", "100000");

        assertEquals(Optional.empty(), NewlyIncorporatedSupplier.assess(release, SETTINGS));
    }

    @Test
    void theThresholdIsExclusiveToTheDay() {
        JsonNode exactlyAYear = Releases.directAward("p1", "GEJ850101AB1", "NUE230716QR7", "2024-07-15", "1");
        JsonNode aDayLess = Releases.directAward("p2", "GEJ850101AB1", "NUE230717QR7", "2024-07-15", "1");

        assertEquals(Optional.empty(), NewlyIncorporatedSupplier.assess(exactlyAYear, SETTINGS));
        assertEquals(364.0, NewlyIncorporatedSupplier.assess(aDayLess, SETTINGS).orElseThrow().value());
    }

    @Test
    void theCenturyIsTheLatestThatDoesNotPutTheYearAfterTheAward() {
        LocalDate award = LocalDate.of(2024, 7, 15);

        assertEquals(LocalDate.of(2024, 1, 15), LegalEntityRfc.incorporation("NUE240115QR7", award).orElseThrow());
        assertEquals(LocalDate.of(1925, 1, 15), LegalEntityRfc.incorporation("NUE250115QR7", award).orElseThrow());
        assertEquals(LocalDate.of(1995, 3, 1), LegalEntityRfc.incorporation("MX-RFC-NUE950301QR7", award)
                .orElseThrow());
        assertEquals(LocalDate.of(2003, 3, 1), LegalEntityRfc.incorporation("nue-030301-qr7", award).orElseThrow());
        assertEquals(Optional.empty(), LegalEntityRfc.incorporation("NUE230230QR7", award), "30 February");
        assertEquals(Optional.empty(), LegalEntityRfc.incorporation("GOMA240115QR7", award), "a person");
    }

    @Test
    void anRfcDatedAfterTheAwardInTheSameYearIsFlaggedWithNegativeDays() {
        JsonNode release = Releases.directAward("p1", "GEJ850101AB1", "NUE240801QR7", "2024-07-15", "100000");

        assertEquals(-17.0, NewlyIncorporatedSupplier.assess(release, SETTINGS).orElseThrow().value());
    }

    @Test
    void anUndatedAwardIsDatedByItsContractsSignatureAndTheRfcMayBeTheSuppliersId() {
        JsonNode release = Releases.json("""
                {'ocid': 'p1', 'awards': [{'id': 7, 'suppliers': [{'id': 'MX-RFC-NUE240115QR7'}]}],
                 'contracts': [{'awardID': '7', 'dateSigned': '2024-03-01T10:00:00-06:00'},
                               {'awardID': '7', 'dateSigned': '2024-02-01T10:00:00-06:00'}]}
                """);

        Flag flag = NewlyIncorporatedSupplier.assess(release, SETTINGS).orElseThrow();

        assertEquals(17.0, flag.value());
        assertTrue(flag.evidence().contains(new Evidence("/contracts/1/dateSigned", "2024-02-01T10:00:00-06:00")));
    }

    @Test
    void cancelledAwardsAndAwardsWithoutDateRaiseNothing() {
        JsonNode release = Releases.json("""
                {'ocid': 'p1', 'awards': [
                  {'status': 'cancelled', 'date': '2024-07-15', 'suppliers': [{'id': 'MX-RFC-NUE240115QR7'}]},
                  {'status': 'active', 'suppliers': [{'id': 'MX-RFC-NUE240115QR7'}]}]}
                """);

        assertEquals(Optional.empty(), NewlyIncorporatedSupplier.assess(release, SETTINGS));
    }
}
