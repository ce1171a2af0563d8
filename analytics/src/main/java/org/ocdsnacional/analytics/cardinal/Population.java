package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.flag.Group;
import org.ocdsnacional.analytics.stats.Fraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The observations of a population added up: the bid ratios, and a tally per organization. Memory grows with the
 * number of processes with a bid ratio (a double each) and of organizations, never with the size of releases.
 */
public final class Population {

    private double[] ratios = new double[1024];
    private int ratioCount;
    private final Map<String, Fraction> tendererOutcomes = new HashMap<>();
    private final Map<String, Fraction> buyers = new HashMap<>();
    private final Map<String, Fraction> procuringEntities = new HashMap<>();
    private final Map<String, Fraction> tenderers = new HashMap<>();
    private final Map<String, long[]> supplierProcesses = new HashMap<>();
    private final Map<String, Set<String>> supplierCodes = new HashMap<>();

    public void add(Observation observation) {
        observation.bidRatio().ifPresent(ratio -> addRatio(ratio.ratio()));
        observation.tendererOutcomes().forEach((id, outcome) -> tendererOutcomes.merge(id, outcome, Fraction::plus));
        observation.disqualifications().ifPresent(this::add);
        observation.classifications().forEach((supplier, codes) -> {
            supplierProcesses.computeIfAbsent(supplier, s -> new long[1])[0]++;
            supplierCodes.computeIfAbsent(supplier, s -> new HashSet<>()).addAll(codes);
        });
    }

    /** The statistics the population-wide flags compare with. */
    public PopulationStatistics statistics(CardinalSettings settings) {
        return new PopulationStatistics(BidRatioStatistics.of(Arrays.copyOf(ratios, ratioCount), settings),
                R025.Statistics.of(tendererOutcomes.values(), settings.r025()),
                R038.Statistics.of(Group.BUYER, buyers.values(), settings.r038()),
                R038.Statistics.of(Group.PROCURING_ENTITY, procuringEntities.values(), settings.r038()),
                R038.Statistics.of(Group.TENDERER, tenderers.values(), settings.r038()),
                R048.Statistics.of(varieties().values(), settings.r048()));
    }

    /** The flags on organizations (R025, R038, R048) that these statistics raise, as enabled. */
    public void organizationFlags(CardinalSettings settings, PopulationStatistics statistics,
                                  OrganizationFlagSink sink) {
        if (settings.runs(FlagCode.R025)) {
            tendererOutcomes.forEach((id, tally) -> R025.flag(tally, statistics.r025())
                    .ifPresent(flag -> sink.flag(Group.TENDERER, id, flag)));
        }
        if (settings.runs(FlagCode.R038)) {
            r038(buyers, statistics.r038Buyers(), settings, sink);
            r038(procuringEntities, statistics.r038ProcuringEntities(), settings, sink);
            r038(tenderers, statistics.r038Tenderers(), settings, sink);
        }
        if (settings.runs(FlagCode.R048)) {
            varieties().forEach((id, variety) -> R048.flag(variety, statistics.r048(), settings.r048())
                    .ifPresent(flag -> sink.flag(Group.TENDERER, id, flag)));
        }
    }

    /** Receives a flag on an organization. */
    @FunctionalInterface
    public interface OrganizationFlagSink {
        void flag(Group group, String id, Flag flag);
    }

    private void add(Disqualifications process) {
        process.buyer().ifPresent(id -> buyers.merge(id, process.bids(), Fraction::plus));
        process.procuringEntity().ifPresent(id -> procuringEntities.merge(id, process.bids(), Fraction::plus));
        process.tenderers().forEach((id, tally) -> tenderers.merge(id, tally, Fraction::plus));
    }

    private void addRatio(double ratio) {
        if (ratioCount == ratios.length) {
            ratios = Arrays.copyOf(ratios, ratios.length * 2);
        }
        ratios[ratioCount++] = ratio;
    }

    private Map<String, R048.Variety> varieties() {
        Map<String, R048.Variety> varieties = new HashMap<>();
        supplierCodes.forEach((id, codes) -> varieties.put(id, new R048.Variety(supplierProcesses.get(id)[0], codes)));
        return varieties;
    }

    private static void r038(Map<String, Fraction> tallies, R038.Statistics statistics, CardinalSettings settings,
                             OrganizationFlagSink sink) {
        tallies.forEach((id, tally) -> R038.flag(tally, statistics, settings.r038())
                .ifPresent(flag -> sink.flag(statistics.group(), id, flag)));
    }
}
