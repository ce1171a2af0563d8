package org.ocdsnacional.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.cardinal.BidRatio;
import org.ocdsnacional.analytics.cardinal.CardinalIndicators;
import org.ocdsnacional.analytics.cardinal.MainCurrency;
import org.ocdsnacional.analytics.cardinal.Observation;
import org.ocdsnacional.analytics.cardinal.Population;
import org.ocdsnacional.analytics.cardinal.PopulationStatistics;
import org.ocdsnacional.analytics.cardinal.ProcessFinding;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagResults;
import org.ocdsnacional.analytics.flag.Group;
import org.ocdsnacional.analytics.mx.DirectAward;
import org.ocdsnacional.analytics.mx.MexicanFlags;
import org.ocdsnacional.analytics.mx.ReferenceList;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.PublicationHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One pass over a population of compiled releases, in two steps as Cardinal computes: {@link #add} each process
 * (the flags it raises by itself are kept, its observation added to the population), then {@link #finish} (the
 * population's statistics, and the flags that compare processes and organizations with them). Memory holds the
 * flags raised (with their evidence only if asked: {@link Detail}), one bid ratio per process that has one, a tally
 * per organization and the direct awards that may be split purchases; never a release after {@link #add} returns.
 * Not thread-safe.
 */
public final class FlagRun {

    private final FlagSettings settings;
    private final Detail detail;
    private final CardinalIndicators cardinal;
    private final MexicanFlags mexican;
    private final MainCurrency currency;
    private final Population population = new Population();
    private final FlagResults results = new FlagResults();
    private final List<Pending> ratios = new ArrayList<>();
    private final List<DirectAward> directAwards = new ArrayList<>();
    private long processes;

    /** What the report keeps of each flag. */
    public enum Detail {
        /** The code and value (what Cardinal's output shows): little memory per flagged subject. */
        VALUES,
        /** Also the evidence. */
        EVIDENCE
    }

    private FlagRun(FlagSettings settings, ReferenceList lists, Detail detail) {
        this.settings = settings;
        this.detail = detail;
        this.cardinal = CardinalIndicators.of(settings.cardinal());
        this.mexican = new MexicanFlags(settings.mexican(), lists);
        this.currency = MainCurrency.of(settings.cardinal().scope().currency());
    }

    /** A run that keeps every flag's evidence. */
    public static FlagRun start(FlagSettings settings, ReferenceList lists) {
        return new FlagRun(settings, lists, Detail.EVIDENCE);
    }

    public static FlagRun start(FlagSettings settings, ReferenceList lists, Detail detail) {
        return new FlagRun(settings, lists, detail);
    }

    /** One compiled release (of any JSON: what no flag considers is counted and left out). */
    public void add(JsonNode compiled, PublicationHistory history) {
        processes++;
        cardinal.assess(compiled, currency).ifPresent(assessment -> {
            assessment.findings().forEach(finding -> record(assessment.ocid(), finding));
            population.add(assessment.observation());
            assessment.observation().bidRatio().ifPresent(ratio -> ratios.add(new Pending(assessment.ocid(), ratio)));
        });
        Optional<String> ocid = Fields.text(compiled, "ocid");
        if (compiled.isObject() && ocid.isPresent()) {
            mexican.assess(compiled, history).forEach(flag -> put(Group.OCID, ocid.get(), flag));
            directAwards.addAll(mexican.splitCandidates(compiled));
        }
    }

    /** The flags of the population. */
    public FlagReport finish() {
        PopulationStatistics statistics = population.statistics(settings.cardinal());
        for (Pending pending : ratios) {
            Observation observation = new Observation(Optional.of(pending.ratio()), Map.of(), Optional.empty(),
                    Map.of());
            cardinal.populationFindings(observation, statistics).forEach(finding -> record(pending.ocid(), finding));
        }
        population.organizationFlags(settings.cardinal(), statistics, this::put);
        mexican.splitPurchases(directAwards).forEach((ocid, flag) -> put(Group.OCID, ocid, flag));
        return new FlagReport(results, statistics.meta(settings.cardinal()), processes);
    }

    private void record(String ocid, ProcessFinding finding) {
        put(Group.OCID, ocid, finding.flag());
        finding.tenderers().forEach(tenderer -> put(Group.TENDERER, tenderer, finding.tendererFlag(ocid)));
    }

    private void put(Group group, String id, Flag flag) {
        results.put(group, id, detail == Detail.EVIDENCE ? flag : new Flag(flag.code(), flag.value(), List.of()));
    }

    /** A process's bid ratio, kept until the population's fences are known. */
    private record Pending(String ocid, BidRatio ratio) {
    }
}
