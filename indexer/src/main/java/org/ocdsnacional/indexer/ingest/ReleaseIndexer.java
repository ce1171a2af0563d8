package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.indexer.cluster.BulkWriter;
import org.ocdsnacional.analytics.national.NationalSettings;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.flags.NationalFlags;
import org.ocdsnacional.indexer.flags.ReferenceLists;
import org.ocdsnacional.ocds.pipeline.ListedEntry;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Indexes batches of harvested releases and recompiles every contracting process a batch touched from all of that
 * process's releases (from every source). Nothing is searched and nothing refreshed per batch: a process document
 * lists the uids of its releases, which are read back by id (real-time), and searches see the batch after
 * {@link #refresh()} at the end of a run.
 *
 * <p>Process documents are written before their releases. A release document in the index therefore means its
 * process was compiled with it: a run killed at any point and run again re-indexes what was cut off (it is
 * absent, so "new") and converges to the state an uninterrupted run leaves. A release's id is derived from
 * (source, ocid, release id), so harvesting it again replaces it instead of adding a duplicate. One writer at a
 * time: batches and withdrawals of concurrent runs are serialised, so that two sources publishing one process
 * never overwrite each other's compilation.
 */
public final class ReleaseIndexer {

    private static final List<String> HASH_FIELDS = List.of("hash", "withdrawn");

    private final SearchCluster cluster;
    private final ObjectMapper mapper;
    private final StoredDocuments stored;
    private final ReleaseDocuments releaseDocuments;
    private final ProcessCompilation compilation;
    private final BulkWriter bulk;
    private final Withdrawals withdrawals;
    private final NationalFlags flags;

    private ReleaseIndexer(SearchCluster cluster, ObjectMapper mapper, ReleaseCompiler compiler,
                           Function<String, Optional<SourceDescriptor>> sources, Clock clock, NationalFlags flags) {
        this.cluster = cluster;
        this.mapper = mapper;
        this.stored = new StoredDocuments(cluster, mapper);
        this.releaseDocuments = new ReleaseDocuments(mapper, clock);
        this.compilation = new ProcessCompilation(compiler, new ProcessDocument(mapper, sources, Optional.of(flags)),
                clock);
        this.bulk = BulkWriter.create(cluster, mapper);
        this.withdrawals = new Withdrawals(cluster, mapper, clock);
        this.flags = flags;
    }

    /** An indexer that flags processes with the national defaults ({@link NationalSettings#defaults()}). */
    public static ReleaseIndexer create(SearchCluster cluster, ObjectMapper mapper, ReleaseCompiler compiler,
                                        Function<String, Optional<SourceDescriptor>> sources, Clock clock) {
        return create(cluster, mapper, compiler, sources, clock,
                NationalFlags.open(cluster, mapper, NationalSettings.defaults(), clock));
    }

    public static ReleaseIndexer create(SearchCluster cluster, ObjectMapper mapper, ReleaseCompiler compiler,
                                        Function<String, Optional<SourceDescriptor>> sources, Clock clock,
                                        NationalFlags flags) {
        return new ReleaseIndexer(cluster, mapper, compiler, sources, clock, flags);
    }

    /** The flags it computes. */
    public NationalFlags flags() {
        return flags;
    }

    /**
     * After a harvest: makes what was written visible, counts the population's statistics again and flags again
     * the processes they change (and those of the buyer–supplier pairs whose direct awards changed), then makes that
     * visible too and counts the national rate of each flag. Returns how many processes were flagged again.
     */
    public synchronized long refreshFlags() {
        refresh();
        long flagged = flags.refresh();
        refresh();
        flags.countRates();
        return flagged;
    }

    /**
     * Puts a reference list read whole by a complete run in place of the one stored for its source, and flags again
     * the processes of the suppliers whose rows changed (MX06), and counts the national rates again.
     */
    public synchronized ReferenceLists.Comparison replaceList(String sourceId, String runId, String list,
                                                              Collection<ListedEntry> entries) {
        ReferenceLists.Comparison comparison = flags.replaceList(sourceId, runId, list, entries);
        refresh();
        flags.countRates();
        return comparison;
    }

    /**
     * At start: flags the processes flagged under other settings or never (documents of an older index version),
     * and counts the statistics when they are not current, then the national rates. Returns how many processes were
     * flagged.
     */
    public synchronized long catchUpFlags() {
        long flagged = flags.catchUp();
        refresh();
        flags.countRates();
        return flagged;
    }

    /** What is stored of the releases with these uids (hash, withdrawn); uids not stored are absent. */
    public Map<String, StoredHash> storedHashes(Collection<String> uids) {
        Map<String, StoredHash> hashes = new LinkedHashMap<>();
        stored.get(IndexName.RELEASES.alias(cluster), uids, HASH_FIELDS).forEach((uid, doc) -> hashes.put(uid,
                new StoredHash(doc.path("hash").asText(), doc.path("withdrawn").asBoolean())));
        return hashes;
    }

    /** Writes the releases and recompiles their processes: processes first, then the releases. */
    public synchronized IngestResult index(List<HarvestedRelease> batch) {
        Map<String, ObjectNode> releases = new LinkedHashMap<>();
        Map<String, List<JsonNode>> byProcess = new LinkedHashMap<>();
        for (HarvestedRelease harvested : batch) {
            ObjectNode doc = releaseDocuments.build(harvested);
            releases.put(doc.path("uid").asText(), doc);
            byProcess.computeIfAbsent(ReleaseDocuments.processKey(harvested), key -> new ArrayList<>()).add(doc);
        }
        Map<String, ObjectNode> processes = recompile(byProcess);
        List<String> failures = new ArrayList<>(bulk.index(IndexName.PROCESSES.alias(cluster), processes));
        if (failures.isEmpty()) {
            failures.addAll(bulk.index(IndexName.RELEASES.alias(cluster), releases));
        }
        return new IngestResult(releases.size(), processes.size(), failures);
    }

    /**
     * Marks withdrawn, for one source, the processes that a complete run did not see: their releases from that
     * source stay, flagged, and each process says which sources withdrew it. Nothing is deleted. Releases read from
     * documents that the run skipped as unchanged count as seen. When more than {@code maxFraction} of the source's
     * processes would go, nothing is withdrawn.
     */
    public synchronized WithdrawalResult withdraw(String sourceId, String runId, Predicate<String> seen,
                                                  Set<String> unchangedDocuments, double maxFraction) {
        Withdrawals.Plan plan = withdrawals.plan(sourceId, seen, unchangedDocuments);
        if (plan.keys().isEmpty()) {
            return new WithdrawalResult(0, 0, plan.known(), false);
        }
        if (plan.keys().size() > maxFraction * plan.known()) {
            return new WithdrawalResult(0, plan.keys().size(), plan.known(), true);
        }
        Map<String, List<JsonNode>> byProcess = new LinkedHashMap<>();
        plan.keys().forEach(key -> byProcess.put(key, List.of()));
        Map<String, ObjectNode> processes = recompile(byProcess, plan.releaseUids(), runId);
        List<String> failures = new ArrayList<>(bulk.index(IndexName.PROCESSES.alias(cluster), processes));
        failures.addAll(withdrawals.mark(plan.releaseUids(), runId));
        if (!failures.isEmpty()) {
            throw new IllegalStateException("La retirada no se completó / The withdrawal did not complete: "
                    + failures.getFirst());
        }
        return new WithdrawalResult(plan.keys().size(), plan.keys().size(), plan.known(), false);
    }

    /** Makes everything written so far visible to searches. */
    public void refresh() {
        cluster.send("POST", "/" + IndexName.PROCESSES.alias(cluster) + "," + IndexName.RELEASES.alias(cluster) + "/_refresh",
                null);
    }

    private Map<String, ObjectNode> recompile(Map<String, List<JsonNode>> fresh) {
        return recompile(fresh, Set.of(), "");
    }

    /**
     * Compiles each process from its stored releases and the {@code fresh} ones, with the releases whose uid is in
     * {@code withdrawing} marked withdrawn.
     */
    private Map<String, ObjectNode> recompile(Map<String, List<JsonNode>> fresh, Set<String> withdrawing,
                                              String runId) {
        List<String> kept = new ArrayList<>(NationalFlags.previousFields());
        kept.add("releaseUids");
        Map<String, JsonNode> processes = stored.get(IndexName.PROCESSES.alias(cluster), fresh.keySet(), kept);
        Set<String> others = new LinkedHashSet<>();
        processes.values().forEach(process -> process.path("releaseUids").forEach(uid -> others.add(uid.asText())));
        fresh.values().forEach(docs -> docs.forEach(doc -> others.remove(doc.path("uid").asText())));
        Map<String, JsonNode> earlier = stored.get(IndexName.RELEASES.alias(cluster), others, List.of());
        Map<String, ObjectNode> compiled = new LinkedHashMap<>();
        fresh.forEach((key, docs) -> {
            List<JsonNode> all = new ArrayList<>(docs);
            JsonNode previous = processes.getOrDefault(key, mapper.createObjectNode());
            JsonNode uids = previous.path("releaseUids");
            for (JsonNode uid : uids) {
                Optional.ofNullable(earlier.get(uid.asText()))
                        .map(doc -> Withdrawals.flagged(doc, withdrawing, runId)).ifPresent(all::add);
            }
            if (!all.isEmpty()) {
                compiled.put(key, compilation.compile(key, all, previous));
            }
        });
        return compiled;
    }
}
