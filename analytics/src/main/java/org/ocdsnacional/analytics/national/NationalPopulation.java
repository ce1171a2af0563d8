package org.ocdsnacional.analytics.national;

import org.ocdsnacional.analytics.cardinal.CardinalSettings;
import org.ocdsnacional.analytics.cardinal.Population;
import org.ocdsnacional.analytics.cardinal.PopulationStatistics;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The observations of the national population added up, as Cardinal adds up a file's ({@link Population}): the
 * statistics they give, and the organizations those statistics flag. Memory grows with the processes that have a
 * bid ratio and with the organizations, never with the size of releases.
 */
public final class NationalPopulation {

    private final CardinalSettings settings;
    private final Population population = new Population();
    private long observations;

    public NationalPopulation(CardinalSettings settings) {
        this.settings = settings;
    }

    public void add(NationalObservation observation) {
        population.add(observation.cardinal());
        observations++;
    }

    /** How many observations were added. */
    public long observations() {
        return observations;
    }

    /** The statistics and the organizations they flag. */
    public NationalStatistics statistics() {
        PopulationStatistics statistics = population.statistics(settings);
        Map<FlagCode, Map<String, Flag>> organizations = new EnumMap<>(FlagCode.class);
        population.organizationFlags(settings, statistics, (group, id, flag) -> organizations
                .computeIfAbsent(flag.code(), code -> new HashMap<>())
                .put(NationalObservation.subject(group, id), flag));
        return new NationalStatistics(Optional.of(statistics), organizations);
    }
}
