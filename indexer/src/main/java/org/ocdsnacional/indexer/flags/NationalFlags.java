package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.national.NationalSettings;
import org.ocdsnacional.analytics.national.NationalStatistics;
import org.ocdsnacional.analytics.national.ProcessAssessor;
import org.ocdsnacional.analytics.release.PublicationHistory;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.query.FlagCounts;
import org.ocdsnacional.indexer.query.NationalFlagRates;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;
import org.ocdsnacional.ocds.pipeline.ListedEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The red flags of the national index. A process document gets its flags when it is compiled ({@link #fields}): those
 * it raises by itself, those that compare it with the population's last statistics, its observation and its
 * publication history. After a harvest, {@link #refresh} counts the statistics again and flags again only the
 * processes they change, and those of the buyer–supplier pairs whose direct awards changed (MX03). At start,
 * {@link #catchUp} flags the documents flagged under other settings (or never: documents of an older index version).
 * Each time, once the writes are visible, {@link #countRates} counts the national rate of each flag.
 *
 * <p>Not a writer of its own: the indexer calls it under its lock, so that flags and compilations never overwrite
 * each other.
 */
public final class NationalFlags {

    private static final Logger LOG = LoggerFactory.getLogger(NationalFlags.class);

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final NationalSettings settings;
    private final ProcessAssessor assessor;
    private final ReferenceLists lists;
    private final StatisticsStore store;
    private final BulkWriter bulk;
    private final PopulationRefresh population;
    private final SplitPurchaseRefresh splitPurchases;
    private final CatchUp catchUp;
    private final ProcessScan scan;
    private final NationalFlagRates rates;
    private final Clock clock;
    private final Set<BuyerSupplier> touchedPairs = ConcurrentHashMap.newKeySet();
    private volatile NationalStatistics statistics;
    private volatile Optional<String> countedUnder;

    private NationalFlags(SearchCluster cluster, ObjectMapper mapper, NationalSettings settings, Clock clock) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.settings = settings;
        this.lists = ReferenceLists.load(cluster, mapper, clock);
        this.assessor = ProcessAssessor.of(settings.settings(), lists);
        this.store = new StatisticsStore(cluster, mapper, clock);
        this.bulk = BulkWriter.create(cluster, mapper);
        this.scan = new ProcessScan(cluster, mapper);
        this.population = new PopulationRefresh(mapper, scan, assessor);
        this.splitPurchases = new SplitPurchaseRefresh(cluster, mapper, scan, assessor.mexican());
        this.catchUp = new CatchUp(cluster, mapper, scan);
        this.rates = NationalFlagRates.create(cluster, mapper);
        this.clock = clock;
        Optional<StatisticsStore.Stored> stored = store.load();
        this.statistics = stored.map(StatisticsStore.Stored::statistics).orElse(NationalStatistics.NONE);
        this.countedUnder = stored.map(StatisticsStore.Stored::fingerprint);
    }

    /** The flags of the index (prepared: its indices exist), with these settings. */
    public static NationalFlags open(SearchCluster cluster, ObjectMapper mapper, NationalSettings settings,
                                     Clock clock) {
        return new NationalFlags(cluster, mapper, settings, clock);
    }

    public NationalSettings settings() {
        return settings;
    }

    /** The reference lists that MX06 looks suppliers up in. */
    public ReferenceLists lists() {
        return lists;
    }

    /** The statistics in force: the last counted. */
    public NationalStatistics statistics() {
        return statistics;
    }

    /**
     * The flag fields of a process document ({@code flags}, {@code flagCodes}, {@code flagging},
     * {@code observation}, {@code publication}) from its compiled release and publication history. {@code previous}
     * is what was stored of it (its {@code flags} and {@code observation}; missing when new): MX03, a function of the
     * direct awards of its buyer–supplier pairs, is carried until {@link #refresh} counts them, unless it has no
     * direct award left.
     */
    public ObjectNode fields(String key, JsonNode compiled, PublicationHistory history, JsonNode previous) {
        ProcessAssessor.Assessment assessment = assessor.assess(compiled, history);
        List<Flag> flags = new ArrayList<>(assessment.flags());
        flags.addAll(assessor.populationFlags(assessment.observation(), statistics));
        if (!assessment.observation().directAwards().isEmpty()) {
            FlagJson.read(previous.path("flags")).stream().filter(flag -> flag.code() == FlagCode.MX03)
                    .forEach(flags::add);
        }
        flags.sort(Comparator.comparing(Flag::code));
        touchedPairs.addAll(ObservationJson.pairs(previous.path("observation")));
        assessment.observation().directAwards().forEach(award -> touchedPairs.add(BuyerSupplier.of(award)));
        ObjectNode fields = mapper.createObjectNode();
        fields.set("flags", FlagJson.write(mapper, flags));
        fields.set("flagCodes", FlagJson.codes(mapper, flags));
        fields.put("flagging", settings.fingerprint());
        fields.set("observation", ObservationJson.write(mapper, assessment.observation()));
        fields.set("publication", PublicationJson.write(mapper, history));
        return fields;
    }

    /** What {@link #fields} needs of a stored process document, besides its compiled release. */
    public static List<String> previousFields() {
        return List.of("flags", "observation.directAwards");
    }

    /**
     * After a harvest: counts the population's statistics again, flags again the processes they change and the
     * processes of the buyer–supplier pairs whose direct awards changed, then stores the statistics. Returns how many
     * process documents were written; the caller makes them visible ({@code _refresh}).
     */
    public long refresh() {
        Set<BuyerSupplier> pairs = Set.copyOf(touchedPairs);
        touchedPairs.removeAll(pairs);
        FlagUpdates updates = new FlagUpdates(mapper, bulk, cluster);
        boolean full = countedUnder.filter(settings.fingerprint()::equals).isEmpty();
        long start = System.nanoTime();
        SplitPurchaseRefresh.Recount recount = full ? splitPurchases.reflagAll(updates)
                : splitPurchases.reflag(pairs, updates);
        long written = recount.written();
        long split = System.nanoTime();
        catchUp.refreshIndex();
        PopulationRefresh.Counted counted = population.count();
        long count = System.nanoTime();
        written += population.reflag(counted.statistics(), full ? Optional.empty() : Optional.of(statistics),
                updates);
        long reflag = System.nanoTime();
        store.save(counted.statistics(), settings.fingerprint(), counted.observations());
        statistics = counted.statistics();
        countedUnder = Optional.of(settings.fingerprint());
        LOG.info("Flags refreshed{}: {} observations counted, {} processes flagged again; MX03 counted again for {} "
                        + "buyer-supplier pairs ({} direct awards read); ms: MX03 {}, statistics {}, population flags "
                        + "{}, stored {}", full ? " (all)" : "", counted.observations(), written, recount.pairs(),
                recount.awardsRead(), millis(start, split), millis(split, count), millis(count, reflag),
                millis(reflag, System.nanoTime()));
        return written;
    }

    /**
     * Counts the national rate of each flag over every process and stores it ({@link NationalFlagRates}): after
     * {@link #refresh}, {@link #catchUp} or {@link #replaceList}, once the caller made their writes visible.
     */
    public FlagCounts countRates() {
        return rates.recount(clock);
    }

    /**
     * At start: flags the process documents flagged under other settings, or never (an older index version), from
     * their stored compiled release; then, when they or the statistics were not current, refreshes everything.
     * Returns how many documents were flagged. Resumes where it stopped when interrupted.
     */
    public long catchUp() {
        long flagged = catchUp.run(settings.fingerprint(), this::fields, bulk);
        if (flagged > 0 || countedUnder.filter(settings.fingerprint()::equals).isEmpty()) {
            catchUp.refreshIndex();
            countedUnder = Optional.empty();
            refresh();
        }
        return flagged;
    }

    /**
     * Puts a reference list read whole by a complete run of its source in place of the one stored, flags again the
     * processes of the suppliers whose rows changed (MX06), then stores the list: interrupted before that, the next
     * run compares with the old list and flags them again. Returns how the lists compare.
     */
    public ReferenceLists.Comparison replaceList(String sourceId, String runId, String list,
                                                 Collection<ListedEntry> entries) {
        ReferenceLists.Comparison comparison = lists.put(sourceId, list, entries);
        List<String> suppliers = comparison.rfcs().stream().map(OrganizationIdentity::idOf).toList();
        long flagged = 0;
        for (List<String> chunk : Chunks.of(suppliers, ProcessScan.TERMS_CHUNK)) {
            flagged += catchUp.reflag(scan.nested("suppliers", scan.terms("suppliers.orgId", chunk)), this::fields,
                    bulk);
        }
        lists.store(sourceId, runId);
        LOG.info("Reference list of {}: {} rows added, {} removed; {} processes flagged again", sourceId,
                comparison.added(), comparison.removed(), flagged);
        return comparison;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The fields flags are computed from: a function of a stored document, for {@link CatchUp}. */
    @FunctionalInterface
    interface FieldsOf {
        ObjectNode fields(String key, JsonNode compiled, PublicationHistory history, JsonNode previous);
    }
}
