package org.ocdsnacional.ocds.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary of a publication larger than what it counts exactly: estimated counts, and duplicate release ids and
 * contracts without awards that are found for certain and never wrongly.
 */
class SummaryBuilderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int PROCESSES = 60_000;

    @Test
    void aSmallPublicationIsCountedExactly() {
        SummaryBuilder builder = SummaryBuilder.create();
        builder.release(release(1, "r1", "a1", "a1"));
        builder.release(release(2, "r1", "a2", "missing"));

        PublicationSummary summary = builder.build();

        assertTrue(summary.exact());
        assertEquals(2, summary.ocids());
        assertEquals(List.of("r1"), summary.duplicateReleaseIds().values());
        assertEquals(1, summary.contractsWithoutAwards().count());
    }

    @Test
    void aLargePublicationIsEstimatedAndItsFindingsAreCertain() {
        SummaryBuilder builder = SummaryBuilder.create();
        for (int i = 0; i < PROCESSES; i++) {
            String awardId = "a" + i;
            String named = switch (i) {
                case 5 -> "never-awarded";
                case 10 -> "awarded-at-the-end";
                case 50_000 -> "never-awarded-late";
                default -> awardId;
            };
            builder.release(release(i, "r" + i, awardId, named));
        }
        builder.release(release(PROCESSES, "r7", "awarded-at-the-end", "a0"));
        builder.release(release(PROCESSES + 1, "r40000", "b", "b"));

        PublicationSummary summary = builder.build();

        assertFalse(summary.exact());
        assertEquals(PROCESSES + 2, summary.releases());
        assertEquals(PROCESSES + 2, summary.ocids(), PROCESSES * 0.02);
        assertEquals(PROCESSES + 2, summary.awards(), PROCESSES * 0.02);
        assertEquals(List.of("r7"), summary.duplicateReleaseIds().values(), "r40000 was not remembered");
        assertEquals(1, summary.contractsWithoutAwards().count(), "the late contract could not be checked");
        assertEquals(List.of(new PublicationSummary.ContractRef("ocds-abc123-5", "c5", "never-awarded")),
                summary.contractsWithoutAwards().examples());
    }

    private static ObjectNode release(int process, String releaseId, String awardId, String contractAwardId) {
        ObjectNode release = MAPPER.createObjectNode().put("ocid", "ocds-abc123-" + process).put("id", releaseId);
        release.putArray("awards").addObject().put("id", awardId);
        release.putArray("contracts").addObject().put("id", "c" + process).put("awardID", contractAwardId);
        return release;
    }
}
