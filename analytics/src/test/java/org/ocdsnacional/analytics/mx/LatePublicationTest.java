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

/** MX04: contracts signed more than 90 days before the process's first release. */
class LatePublicationTest {

    private static final MexicanFlagSettings SETTINGS = MexicanFlagSettings.defaults();
    private static final JsonNode COMPILED = Releases.json("""
            {'ocid': 'p1', 'tag': ['compiled'], 'contracts': [{'id': 'c1', 'dateSigned': '2024-01-01T10:00:00-06:00'},
                                                              {'id': 'c2'}]}
            """);

    @Test
    void aContractPublishedMoreThanTheLimitAfterItsSignatureIsFlaggedAndOneAtTheLimitIsNot() {
        PublicationHistory late = history("2024-04-01T09:00:00-06:00");
        PublicationHistory atTheLimit = history("2024-03-31T09:00:00-06:00");

        Flag flag = LatePublication.assess(COMPILED, late, SETTINGS).orElseThrow();

        assertEquals(91.0, flag.value());
        assertTrue(flag.evidence().contains(new Evidence("/contracts/0/dateSigned", "2024-01-01T10:00:00-06:00")));
        assertTrue(flag.evidence().contains(new Evidence("firstReleaseDate", "2024-04-01T09:00:00-06:00")));
        assertEquals(Optional.empty(), LatePublication.assess(COMPILED, atTheLimit, SETTINGS));
    }

    @Test
    void theFirstReleaseIsTheEarliestOfTheProcessAndACompiledReleaseAloneTellsNothing() {
        PublicationHistory history = PublicationHistory.of(List.of(
                Releases.json("{'ocid': 'p1', 'date': '2024-06-01T09:00:00Z'}"),
                Releases.json("{'ocid': 'p1', 'date': '2024-02-01T09:00:00Z'}")));

        assertEquals("2024-02-01T09:00:00Z", history.firstReleaseDate().orElseThrow());
        assertEquals(Optional.empty(), LatePublication.assess(COMPILED, history, SETTINGS));
        assertEquals(PublicationHistory.UNKNOWN, PublicationHistory.of(List.of(COMPILED)));
        assertEquals(Optional.empty(), LatePublication.assess(COMPILED, PublicationHistory.UNKNOWN, SETTINGS));
    }

    private static PublicationHistory history(String firstRelease) {
        return PublicationHistory.of(List.of(Releases.json("{'ocid': 'p1', 'date': '" + firstRelease + "'}")));
    }
}
