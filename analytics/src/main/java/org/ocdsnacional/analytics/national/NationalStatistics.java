package org.ocdsnacional.analytics.national;

import org.ocdsnacional.analytics.cardinal.PopulationStatistics;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the population-wide flags of one process compare it with: the population's quartiles and fences, and the
 * organizations flagged (R025, R038, R048), each keyed by {@link NationalObservation#subject}.
 *
 * @param population    the quartiles and fences; empty before the population was first counted
 * @param organizations by flag, the organizations it flags and their flag
 */
public record NationalStatistics(Optional<PopulationStatistics> population,
                                 Map<FlagCode, Map<String, Flag>> organizations) {

    /** Nothing counted yet: no population-wide flag is raised. */
    public static final NationalStatistics NONE = new NationalStatistics(Optional.empty(), Map.of());

    public NationalStatistics {
        Map<FlagCode, Map<String, Flag>> copy = new EnumMap<>(FlagCode.class);
        organizations.forEach((code, flagged) -> copy.put(code, Map.copyOf(flagged)));
        organizations = Map.copyOf(copy);
    }
}
