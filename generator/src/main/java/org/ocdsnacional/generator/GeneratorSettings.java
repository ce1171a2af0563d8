package org.ocdsnacional.generator;

import java.util.List;

/**
 * What to generate.
 *
 * @param seed               the same seed gives the same data, byte for byte
 * @param processes          how many contracting processes
 * @param states             the states whose public entities buy (processes are spread over them)
 * @param ocidPrefix         the registered-style prefix of every ocid ({@code ocds-xxxxxx})
 * @param releasesPerProcess 0 for a realistic mix (1 to 6), or exactly this many (1 to 7)
 * @param invalidShare       the share of releases given one defect a validator should report (0 to 1)
 * @param fromYear           first year of the processes
 * @param toYear             last year of the processes
 */
public record GeneratorSettings(long seed, int processes, List<MexicanState> states, String ocidPrefix,
                                int releasesPerProcess, double invalidShare, int fromYear, int toYear) {

    /** The prefix of generated ocids: registered-style, so processes are keyed by ocid alone. */
    public static final String DEFAULT_PREFIX = "ocds-mx9gen";

    public GeneratorSettings {
        states = List.copyOf(states);
        if (processes < 0 || states.isEmpty() || releasesPerProcess < 0 || releasesPerProcess > Stage.ALL.size()
                || invalidShare < 0 || invalidShare > 1 || fromYear > toYear) {
            throw new IllegalArgumentException("Invalid generator settings: " + processes + " processes, states "
                    + states.size() + ", " + releasesPerProcess + " releases per process, invalid share "
                    + invalidShare + ", years " + fromYear + "-" + toYear);
        }
    }

    /** {@code processes} processes over all 32 states, 2019 to 2025, a realistic mix of releases, 2% invalid. */
    public static GeneratorSettings of(int processes, long seed) {
        return new GeneratorSettings(seed, processes, MexicanState.ALL, DEFAULT_PREFIX, 0, 0.02, 2019, 2025);
    }

    public GeneratorSettings withStates(List<MexicanState> chosen) {
        return new GeneratorSettings(seed, processes, chosen, ocidPrefix, releasesPerProcess, invalidShare, fromYear,
                toYear);
    }

    public GeneratorSettings withReleasesPerProcess(int releases) {
        return new GeneratorSettings(seed, processes, states, ocidPrefix, releases, invalidShare, fromYear, toYear);
    }

    public GeneratorSettings withInvalidShare(double share) {
        return new GeneratorSettings(seed, processes, states, ocidPrefix, releasesPerProcess, share, fromYear, toYear);
    }
}
