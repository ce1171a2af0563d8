package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.generator.patterns.PatternPlanter;
import org.ocdsnacional.generator.patterns.PlantedProcesses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Where a data set's planted processes stand among its generated ones: at positions drawn from the seed, each in
 * place of the generated process that position would have had, bought by public entities of the data set's first
 * state.
 */
final class PlantedSlots {

    private static final long SALT = 0x9E3779B97F4A7C15L;
    /**
     * Pairs of regular tenderers whose processes raise nothing: a population of bid ratios for the fences of R024
     * and R058, and of tenderers and suppliers for those of R025, R038 and R048.
     */
    private static final int NEUTRAL = 9;
    /** How many processes planting takes: the neutral ones and those planted for each flag. */
    static final int PROCESSES = PatternPlanter.plant(new ObjectMapper(), 0, NEUTRAL).processes().size();

    private final PlantedProcesses planted;
    private final Map<Integer, Integer> byPosition;

    private PlantedSlots(PlantedProcesses planted, Map<Integer, Integer> byPosition) {
        this.planted = planted;
        this.byPosition = Map.copyOf(byPosition);
    }

    static PlantedSlots draw(GeneratorSettings settings) {
        PlantedProcesses planted = PatternPlanter.plant(new ObjectMapper(), settings.seed(), NEUTRAL);
        int count = planted.processes().size();
        if (settings.processes() < count) {
            throw new IllegalArgumentException("plantar los patrones de las banderas rojas ocupa " + count
                    + " procesos; se pidieron " + settings.processes() + " / planting the red flags' patterns takes "
                    + count + " processes; asked for " + settings.processes());
        }
        MexicanState state = settings.states().getFirst();
        planted.releases().forEach(release -> locateBuyers(release, state));
        SplittableRandom random = new SplittableRandom(settings.seed() ^ SALT);
        TreeSet<Integer> positions = new TreeSet<>();
        while (positions.size() < count) {
            positions.add(random.nextInt(settings.processes()));
        }
        Map<Integer, Integer> byPosition = new HashMap<>();
        int next = 0;
        for (int position : positions) {
            byPosition.put(position, next++);
        }
        return new PlantedSlots(planted, byPosition);
    }

    /** The planted buyers are public entities of the data set's (first) state, as generated buyers are. */
    private static void locateBuyers(ObjectNode release, MexicanState state) {
        for (JsonNode party : release.path("parties")) {
            if (party.path("roles").toString().contains("\"buyer\"")) {
                ((ObjectNode) party).putObject("address").put("region", state.name()).put("countryName", "México");
            }
        }
    }

    PlantedProcesses planted() {
        return planted;
    }

    /** The releases of the planted process at {@code index} (copies: callers may change them), if one is there. */
    Optional<List<ObjectNode>> releases(int index) {
        Integer number = byPosition.get(index);
        if (number == null) {
            return Optional.empty();
        }
        return Optional.of(planted.processes().get(number).stream().map(ObjectNode::deepCopy).toList());
    }
}
