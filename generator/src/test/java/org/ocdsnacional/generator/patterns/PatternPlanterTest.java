package org.ocdsnacional.generator.patterns;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternPlanterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theSameSeedPlantsTheSameBytesAndAnotherSeedOtherNeutralProcesses() throws Exception {
        String once = MAPPER.writeValueAsString(PatternPlanter.plant(MAPPER, 7, 9).releases());
        assertEquals(once, MAPPER.writeValueAsString(PatternPlanter.plant(MAPPER, 7, 9).releases()));
        assertNotEquals(once, MAPPER.writeValueAsString(PatternPlanter.plant(MAPPER, 8, 9).releases()));
    }

    @Test
    void everyPlantedProcessIsListedUnderItsFlagAndEachHasAnOcidOfItsOwn() {
        PlantedProcesses planted = PatternPlanter.plant(MAPPER, 7, 9);
        assertEquals(Set.of("R003", "R018", "R024", "R025", "R028", "R030", "R035", "R036", "R038", "R048", "R058",
                "MX01", "MX02", "MX03", "MX04", "MX05", "MX06"), planted.planted().keySet());
        assertEquals(3, planted.planted().get("MX03").size(), "split purchases take several processes");
        Set<String> ocids = new HashSet<>();
        planted.processes().forEach(process -> assertTrue(ocids.add(process.getFirst().path("ocid").asText())));
        assertEquals(PatternPlanter.neutralProcesses(9) + planted.planted().values().stream().mapToInt(List::size)
                .sum(), planted.processes().size());
        String listed = planted.referenceList().lines().skip(1).findFirst().orElseThrow().split(",")[0];
        assertTrue(MAPPER.valueToTree(planted.releases()).toString().contains(listed), "the listed RFC supplies");
    }

    /** As the generator's other processes, each planted one says its category (what a search filters by). */
    @Test
    void everyPlantedProcessHasACategory() {
        PatternPlanter.plant(MAPPER, 7, 9).releases().forEach(release -> assertEquals("goods",
                release.at("/tender/mainProcurementCategory").asText(), release.path("ocid").asText()));
    }

    @Test
    void fewerPairsOfRegularTenderersThanTheFencesOnOrganizationsNeedAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PatternPlanter.plant(MAPPER, 7, 8));
        assertTrue(refused.getMessage().contains("at least 9"), refused.getMessage());
    }
}
