package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.ocdsnacional.generator.patterns.PlantedProcesses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data of one generated publisher: its processes, each generated on demand from the seed and its number (so any
 * process, any year or any page can be produced alone, in any order, always the same). Thread-safe. When the settings
 * plant patterns, some positions hold the planted processes instead ({@link #planted()} says which flag each raises).
 */
public final class Dataset {

    /** How many of its processes a data set that plants patterns gives them (it needs at least as many). */
    public static final int PLANTED_PROCESSES = PlantedSlots.PROCESSES;

    private static final long DEFECTS = 5;

    private final GeneratorSettings settings;
    private final Buyers buyers;
    private final Suppliers suppliers;
    private final Optional<PlantedSlots> planted;

    private Dataset(GeneratorSettings settings) {
        this.settings = settings;
        this.buyers = new Buyers(settings.seed());
        this.suppliers = Suppliers.forProcesses(settings.seed(), settings.processes(), settings.states().size());
        this.planted = settings.plantPatterns() ? Optional.of(PlantedSlots.draw(settings)) : Optional.empty();
    }

    public static Dataset of(GeneratorSettings settings) {
        return new Dataset(settings);
    }

    public GeneratorSettings settings() {
        return settings;
    }

    /** How many processes. */
    public int size() {
        return settings.processes();
    }

    /**
     * The planted processes, when the settings plant patterns: which ocids raise which flag, and the reference list
     * and thresholds they are planted against.
     */
    public Optional<PlantedProcesses> planted() {
        return planted.map(PlantedSlots::planted);
    }

    /** The ocid of process {@code index} (0-based). */
    public String ocid(int index) {
        return plantedAt(index).map(releases -> releases.getFirst().path("ocid").asText())
                .orElseGet(() -> ProcessHeader.draw(settings, index).ocid());
    }

    /** The year process {@code index} starts in. */
    public int year(int index) {
        return plantedAt(index).map(releases -> Integer.parseInt(releases.getFirst().path("date").asText()
                .substring(0, 4))).orElseGet(() -> ProcessHeader.draw(settings, index).year());
    }

    /** The state process {@code index} belongs to (a planted one: the first of the settings' states). */
    public MexicanState state(int index) {
        if (plantedAt(index).isPresent()) {
            return settings.states().getFirst();
        }
        return ProcessHeader.draw(settings, index).state();
    }

    /** The releases process {@code index} published, oldest first, some of them invalid as the settings ask. */
    public List<ObjectNode> releases(int index) {
        Optional<List<ObjectNode>> plantedReleases = plantedAt(index);
        if (plantedReleases.isPresent()) {
            return plantedReleases.get();
        }
        ProcessFacts facts = ProcessFacts.draw(settings, buyers, suppliers, index,
                ProcessHeader.draw(settings, index));
        Draw defects = Draw.of(settings.seed(), facts.state(), DEFECTS, index);
        List<ObjectNode> releases = new ArrayList<>(facts.stages().size());
        for (int sequence = 0; sequence < facts.stages().size(); sequence++) {
            ObjectNode release = ReleaseFactory.release(facts, sequence);
            if (defects.chance(settings.invalidShare())) {
                defects.pick(Defect.ALL).applyTo(release);
            }
            releases.add(release);
        }
        return releases;
    }

    private Optional<List<ObjectNode>> plantedAt(int index) {
        return planted.flatMap(slots -> slots.releases(index));
    }
}
