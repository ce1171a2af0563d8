package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.generator.patterns.PlantedProcesses;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The option that plants the red flags' patterns in a generated data set, at positions the seed draws. */
class PlantedDatasetTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void plantedProcessesTakeTheirPlacesAmongTheGeneratedOnesAndTheSizeStaysTheSame() throws Exception {
        Dataset plain = Dataset.of(GeneratorSettings.of(300, 5));
        Dataset planted = Dataset.of(GeneratorSettings.of(300, 5).withPlantedPatterns(true));
        PlantedProcesses patterns = planted.planted().orElseThrow();

        assertTrue(plain.planted().isEmpty());
        assertEquals(300, planted.size());
        List<Integer> positions = positions(planted);
        assertEquals(patterns.processes().size(), positions.size(), "every planted process, once");
        Set<String> plantedOcids = patterns.planted().values().stream().flatMap(List::stream)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>();
        for (int index = 0; index < planted.size(); index++) {
            if (positions.contains(index)) {
                listed.add(planted.ocid(index));
                assertEquals(planted.ocid(index), planted.releases(index).getFirst().path("ocid").asText());
                assertEquals(2024, planted.year(index));
            } else {
                assertEquals(MAPPER.writeValueAsString(plain.releases(index)),
                        MAPPER.writeValueAsString(planted.releases(index)), "generated process " + index);
            }
        }
        assertTrue(listed.containsAll(plantedOcids), "the planted ocids are served: " + plantedOcids);
    }

    @Test
    void theSeedDrawsThePositionsAndTheSameSeedTheSameBytes() throws Exception {
        Dataset once = Dataset.of(GeneratorSettings.of(300, 5).withPlantedPatterns(true));
        Dataset again = Dataset.of(GeneratorSettings.of(300, 5).withPlantedPatterns(true));
        Dataset other = Dataset.of(GeneratorSettings.of(300, 6).withPlantedPatterns(true));

        assertEquals(positions(once), positions(again));
        assertNotEquals(positions(once), positions(other));
        for (int index : positions(once)) {
            assertEquals(MAPPER.writeValueAsString(once.releases(index)),
                    MAPPER.writeValueAsString(again.releases(index)));
        }
    }

    @Test
    void packagesOfPlantedPatternsDeclareTheBidsExtensionTheirBidsFollow() {
        Dataset planted = Dataset.of(GeneratorSettings.of(100, 5).withPlantedPatterns(true));
        assertTrue(planted.planted().orElseThrow().releases().stream().anyMatch(release -> release.has("bids")));
        assertEquals(List.of(PackageInfo.BIDS), PackageInfo.of(planted, "https://example.org/p.json", "P")
                .extensions());
        assertEquals(List.of(), PackageInfo.of(Dataset.of(GeneratorSettings.of(60, 5)), "https://example.org/p.json",
                "P").extensions(), "generated processes have no bids");
    }

    @Test
    void aDataSetTooSmallForThePatternsIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Dataset.of(GeneratorSettings.of(10, 5).withPlantedPatterns(true)));
        assertTrue(refused.getMessage().contains("asked for 10"), refused.getMessage());
    }

    private static List<Integer> positions(Dataset dataset) {
        Set<String> ocids = dataset.planted().orElseThrow().processes().stream()
                .map(process -> process.getFirst().path("ocid").asText()).collect(Collectors.toSet());
        return IntStream.range(0, dataset.size()).filter(index -> ocids.contains(dataset.ocid(index))).boxed()
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
