package org.ocdsnacional.analytics.national;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.cardinal.CardinalIndicators;
import org.ocdsnacional.analytics.cardinal.MainCurrency;
import org.ocdsnacional.analytics.cardinal.Observation;
import org.ocdsnacional.analytics.cardinal.ProcessFinding;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.mx.MexicanFlags;
import org.ocdsnacional.analytics.mx.ReferenceList;
import org.ocdsnacional.analytics.release.PublicationHistory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The flags of one process of the national population. {@link #assess} gives the flags it raises by itself
 * (Cardinal's R003, R018, R028, R030, R035, R036; MX01, MX02, MX04, MX05, MX06) and its observation;
 * {@link #populationFlags} those that compare it with the population (R024, R058 on its bid ratio; R025, R038,
 * R048 when one of its organizations is flagged). MX03 is a function over the direct awards of buyer–supplier pairs
 * ({@link MexicanFlags#splitPurchases}). Immutable and thread-safe when the reference lists are.
 */
public final class ProcessAssessor {

    /** Flags on organizations that a process carries when one of its organizations raises them. */
    private static final List<FlagCode> ORGANIZATION_FLAGS = List.of(FlagCode.R025, FlagCode.R038, FlagCode.R048);

    private final FlagSettings settings;
    private final CardinalIndicators cardinal;
    private final MexicanFlags mexican;
    private final MainCurrency currency;

    private ProcessAssessor(FlagSettings settings, ReferenceList lists) {
        this.settings = settings.national();
        this.cardinal = CardinalIndicators.of(this.settings.cardinal());
        this.mexican = new MexicanFlags(this.settings.mexican(), lists);
        this.currency = MainCurrency.of(this.settings.cardinal().scope().currency());
    }

    /** An assessor with these settings (amounts compared in one currency: MXN unless they name another). */
    public static ProcessAssessor of(FlagSettings settings, ReferenceList lists) {
        return new ProcessAssessor(settings, lists);
    }

    public FlagSettings settings() {
        return settings;
    }

    public MexicanFlags mexican() {
        return mexican;
    }

    /**
     * What one process raises by itself and adds to the population.
     *
     * @param flags       the flags it raises by itself, in code order
     * @param observation what it adds to the population
     */
    public record Assessment(List<Flag> flags, NationalObservation observation) {

        public Assessment {
            flags = List.copyOf(flags);
        }
    }

    /** The process's own flags and observation, from its compiled release and publication history. */
    public Assessment assess(JsonNode compiled, PublicationHistory history) {
        List<Flag> flags = new ArrayList<>();
        Observation observation = Observation.NONE;
        Optional<CardinalIndicators.Assessment> assessed = cardinal.assess(compiled, currency);
        if (assessed.isPresent()) {
            assessed.get().findings().stream().map(ProcessFinding::flag).forEach(flags::add);
            observation = new OrganizationResolver(compiled).resolve(assessed.get().observation());
        }
        if (compiled.isObject() && compiled.path("ocid").isTextual()) {
            flags.addAll(mexican.assess(compiled, history));
        }
        flags.sort(Comparator.comparing(Flag::code));
        return new Assessment(flags, new NationalObservation(observation, mexican.splitCandidates(compiled)));
    }

    /** The flags that compare the process with the population, in code order. */
    public List<Flag> populationFlags(NationalObservation observation, NationalStatistics statistics) {
        List<Flag> flags = new ArrayList<>();
        if (statistics.population().isPresent()) {
            cardinal.populationFindings(observation.cardinal(), statistics.population().get()).stream()
                    .map(ProcessFinding::flag).forEach(flags::add);
        }
        Map<FlagCode, Set<String>> subjects = observation.subjects();
        for (FlagCode code : ORGANIZATION_FLAGS) {
            organizationFlag(code, subjects.getOrDefault(code, Set.of()), statistics).ifPresent(flags::add);
        }
        flags.sort(Comparator.comparing(Flag::code));
        return flags;
    }

    /**
     * The flag a process carries for its organizations flagged with {@code code}: the most extreme value (R025's
     * lowest ratio; R038's and R048's highest), and the evidence of each, after the organization it is about.
     */
    private static Optional<Flag> organizationFlag(FlagCode code, Set<String> subjects, NationalStatistics statistics) {
        Map<String, Flag> flagged = statistics.organizations().getOrDefault(code, Map.of());
        List<Evidence> evidence = new ArrayList<>();
        Double extreme = null;
        for (String subject : new TreeSet<>(subjects)) {
            Flag flag = flagged.get(subject);
            if (flag == null) {
                continue;
            }
            evidence.add(new Evidence("organization", subject));
            evidence.addAll(flag.evidence());
            extreme = extreme == null ? flag.value() : code == FlagCode.R025 ? Math.min(extreme, flag.value())
                    : Math.max(extreme, flag.value());
        }
        return extreme == null ? Optional.empty() : Optional.of(new Flag(code, extreme, evidence));
    }
}
