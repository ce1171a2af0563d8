package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The data of one generated publisher: its processes, each generated on demand from the seed and its number (so any
 * process, any year or any page can be produced alone, in any order, always the same). Thread-safe.
 */
public final class Dataset {

    private static final long DEFECTS = 5;

    private final GeneratorSettings settings;
    private final Buyers buyers;
    private final Suppliers suppliers;

    private Dataset(GeneratorSettings settings) {
        this.settings = settings;
        this.buyers = new Buyers(settings.seed());
        this.suppliers = Suppliers.forProcesses(settings.seed(), settings.processes(), settings.states().size());
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

    /** The ocid of process {@code index} (0-based). */
    public String ocid(int index) {
        return ProcessHeader.draw(settings, index).ocid();
    }

    /** The year process {@code index} starts in. */
    public int year(int index) {
        return ProcessHeader.draw(settings, index).year();
    }

    /** The state process {@code index} belongs to. */
    public MexicanState state(int index) {
        return ProcessHeader.draw(settings, index).state();
    }

    /** The releases process {@code index} published, oldest first, some of them invalid as the settings ask. */
    public List<ObjectNode> releases(int index) {
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
}
