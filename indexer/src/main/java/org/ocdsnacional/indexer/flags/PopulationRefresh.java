package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.cardinal.BidRatioStatistics;
import org.ocdsnacional.analytics.cardinal.CardinalSettings;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.national.NationalObservation;
import org.ocdsnacional.analytics.national.NationalPopulation;
import org.ocdsnacional.analytics.national.NationalStatistics;
import org.ocdsnacional.analytics.national.ProcessAssessor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Counts the population's statistics over the index and flags again the processes they change. The statistics are
 * counted from every process's stored observation, exactly (quantiles as Cardinal computes them need the values
 * themselves: OpenSearch's percentiles are estimates), read from a column of doc values rather than from each
 * document's source (which holds its compiled release: reading it is most of what a full computation costs). The
 * processes to flag again are found by queries, never by reading the index: those whose population flags disagree
 * with the new statistics (a bid ratio on the other side of a fence; an organization newly flagged, or no longer),
 * and those flagged with a fence or an organization's figures that changed (their evidence says the old ones). Each
 * is then computed again from its observation.
 */
final class PopulationRefresh {

    static final Set<FlagCode> CODES = EnumSet.of(FlagCode.R024, FlagCode.R025, FlagCode.R038, FlagCode.R048,
            FlagCode.R058);
    private static final int PAGE = 5_000;
    private static final int COUNT_PAGE = 10_000;
    private static final int REFLAG_PAGE = 500;

    private final ObjectMapper mapper;
    private final ProcessScan scan;
    private final ProcessAssessor assessor;

    PopulationRefresh(ObjectMapper mapper, ProcessScan scan, ProcessAssessor assessor) {
        this.mapper = mapper;
        this.scan = scan;
        this.assessor = assessor;
    }

    /**
     * The population's statistics, counted from the observations stored: from their column of doc values
     * ({@code observation.statistics}), one pass that reads no document's source.
     */
    Counted count() {
        NationalPopulation population = new NationalPopulation(assessor.settings().cardinal());
        scan.eachValue(scan.terms("observation.parts", ObservationJson.STATISTICS_PARTS),
                "observation." + ObservationJson.STATISTICS, COUNT_PAGE, value -> population.add(
                        new NationalObservation(ObservationJson.counted(mapper, value.asText()), List.of())));
        return new Counted(population.statistics(), population.observations());
    }

    /**
     * The statistics and how many observations they were counted from.
     *
     * @param statistics   quartiles, fences and the organizations they flag
     * @param observations processes that count in them
     */
    record Counted(NationalStatistics statistics, long observations) {
    }

    /**
     * Flags again the processes whose population flags {@code next} changes from {@code previous} (empty: any
     * may have changed); returns how many documents were written.
     */
    long reflag(NationalStatistics next, Optional<NationalStatistics> previous, FlagUpdates updates) {
        Set<String> keys = new LinkedHashSet<>();
        scan.each(candidates(next, previous), List.of(), PAGE, page -> page.forEach(process ->
                keys.add(process.path("key").asText())));
        List<String> all = new ArrayList<>(keys);
        long before = updates.written();
        for (List<String> chunk : Chunks.of(all, REFLAG_PAGE)) {
            scan.each(scan.keys(chunk), List.of("observation", "flags"), REFLAG_PAGE, page -> page.forEach(process ->
                    updates.replace(process, CODES, assessor.populationFlags(ObservationJson.read(
                            process.path("observation"), process.path("key").asText()), next))));
        }
        updates.flush();
        return updates.written() - before;
    }

    private ObjectNode candidates(NationalStatistics next, Optional<NationalStatistics> previous) {
        List<ObjectNode> queries = new ArrayList<>();
        CardinalSettings settings = assessor.settings().cardinal();
        Optional<BidRatioStatistics> ratios = next.population().map(statistics -> statistics.bidRatios());
        Optional<BidRatioStatistics> before = previous.flatMap(NationalStatistics::population)
                .map(statistics -> statistics.bidRatios());
        boolean fencesMoved = previous.isEmpty() || !ratios.equals(before);
        queries.addAll(affected(FlagCode.R024, settings.runs(FlagCode.R024) ? ratios.filter(
                BidRatioStatistics::lowActive).map(fence -> ratioRange("lte", fence.lowerFence())) : Optional.empty(),
                fencesMoved));
        queries.addAll(affected(FlagCode.R058, settings.runs(FlagCode.R058) ? ratios.filter(
                fence -> fence.upperFence() > 0.0).map(fence -> ratioRange("gte", fence.upperFence()))
                : Optional.empty(), fencesMoved));
        for (FlagCode code : List.of(FlagCode.R025, FlagCode.R038, FlagCode.R048)) {
            Map<String, Flag> flagged = next.organizations().getOrDefault(code, Map.of());
            String field = "observation.subjects." + code.name();
            queries.addAll(affected(code, flagged.isEmpty() ? Optional.empty()
                    : Optional.of(scan.terms(field, flagged.keySet())), previous.isEmpty()));
            Set<String> changed = changed(flagged, previous.map(statistics -> statistics.organizations()
                    .getOrDefault(code, Map.of())));
            if (!changed.isEmpty()) {
                queries.add(scan.terms(field, changed));
            }
        }
        return scan.anyOf(queries);
    }

    /**
     * The processes whose flag {@code code} disagrees with {@code raised} (the processes that should carry it;
     * none when empty), and all that carry it when its evidence changed for every one.
     */
    private List<ObjectNode> affected(FlagCode code, Optional<ObjectNode> raised, boolean evidenceChanged) {
        ObjectNode carries = scan.term("flagCodes", code.name());
        List<ObjectNode> queries = new ArrayList<>();
        if (raised.isEmpty() || evidenceChanged) {
            queries.add(carries);
        } else {
            queries.add(scan.butNot(carries, raised.get()));
        }
        raised.ifPresent(should -> queries.add(scan.butNot(should, carries)));
        return queries;
    }

    /** The organizations flagged now or before whose flag is not the same. */
    private static Set<String> changed(Map<String, Flag> now, Optional<Map<String, Flag>> before) {
        if (before.isEmpty()) {
            return Set.of();
        }
        Set<String> changed = new HashSet<>();
        now.forEach((subject, flag) -> {
            if (!flag.equals(before.get().get(subject))) {
                changed.add(subject);
            }
        });
        before.get().keySet().stream().filter(subject -> !now.containsKey(subject)).forEach(changed::add);
        return changed;
    }

    private ObjectNode ratioRange(String bound, double fence) {
        ObjectNode range = mapper.createObjectNode();
        range.putObject("range").putObject("observation.bidRatio").put(bound, fence);
        return range;
    }
}
