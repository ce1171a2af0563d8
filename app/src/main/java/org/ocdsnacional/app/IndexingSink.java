package org.ocdsnacional.app;

import org.ocdsnacional.harvester.http.CacheValidators;
import org.ocdsnacional.harvester.run.DocumentState;
import org.ocdsnacional.harvester.run.HarvestSink;
import org.ocdsnacional.harvester.run.HarvestStore;
import org.ocdsnacional.harvester.run.ListComparison;
import org.ocdsnacional.harvester.run.ListReplacement;
import org.ocdsnacional.harvester.run.StoredRelease;
import org.ocdsnacional.harvester.run.Withdrawal;
import org.ocdsnacional.harvester.run.WithdrawalRequest;
import org.ocdsnacional.indexer.flags.ReferenceLists;
import org.ocdsnacional.indexer.ingest.IngestResult;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.ingest.WithdrawalResult;
import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.runs.DocumentStateStore;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Connects the harvester to the indexer: runs to the runs index, releases to bulk ingest, each run's validation
 * to the issues index, and what the harvester asks of storage (stored hashes, document states, withdrawals,
 * reference lists) to the indices that hold it. Every write of a run's releases and withdrawals first checks that
 * this instance still holds the source's lease ({@code leaseCheck} throws when it does not).
 */
final class IndexingSink implements HarvestSink, HarvestStore {

    private static final int FAILURES_SHOWN = 3;

    private final ReleaseIndexer indexer;
    private final RunStore runs;
    private final DocumentStateStore documents;
    private final IssueStore issues;
    private final Consumer<String> leaseCheck;
    private final HarvestMetrics metrics;
    /** Runs (of any source, running at the same time) whose validation was stored. */
    private final Set<String> validatedRuns = ConcurrentHashMap.newKeySet();

    IndexingSink(ReleaseIndexer indexer, RunStore runs, DocumentStateStore documents, IssueStore issues,
                 Consumer<String> leaseCheck, HarvestMetrics metrics) {
        this.indexer = indexer;
        this.runs = runs;
        this.documents = documents;
        this.issues = issues;
        this.leaseCheck = leaseCheck;
        this.metrics = metrics;
    }

    @Override
    public void runStarted(HarvestRun run) {
        runs.save(run);
    }

    /** Indexes the batch; documents that OpenSearch refused end the run, which records the first reasons. */
    @Override
    public void accept(List<HarvestedRelease> batch) {
        batch.stream().map(HarvestedRelease::sourceId).distinct().forEach(leaseCheck);
        IngestResult result = indexer.index(batch);
        if (!result.failures().isEmpty()) {
            throw new IllegalStateException(result.failures().size() + " documents were refused by OpenSearch: "
                    + String.join("; ", result.failures().subList(0, Math.min(FAILURES_SHOWN,
                    result.failures().size()))));
        }
    }

    @Override
    public void runValidated(HarvestRun run, ValidationReport report) {
        issues.save(run, report);
        validatedRuns.add(run.runId());
    }

    /**
     * Makes the run's writes visible and flags again what they change (population statistics, split purchases),
     * carries the validation report forward when the run read nothing new, and stores the run with what its source's
     * processes give of the fields that matter (coverage).
     */
    @Override
    public void runFinished(HarvestRun run) {
        indexer.refreshFlags();
        if (!validatedRuns.remove(run.runId()) && run.state() == RunState.SUCCEEDED) {
            issues.carryForward(run);
        }
        runs.save(run);
        runs.saveCoverage(run);
        metrics.finished(run);
    }

    @Override
    public Map<String, StoredRelease> storedReleases(Collection<String> uids) {
        Map<String, StoredRelease> stored = new LinkedHashMap<>();
        indexer.storedHashes(uids).forEach((uid, hash) -> stored.put(uid,
                new StoredRelease(hash.hash(), hash.withdrawn())));
        return stored;
    }

    @Override
    public Optional<DocumentState> documentState(String sourceId, String url) {
        return documents.find(sourceId, url).map(state -> new DocumentState(
                new CacheValidators(state.etag(), state.lastModified()), state.sha256()));
    }

    @Override
    public void saveDocumentState(String sourceId, String url, DocumentState state) {
        documents.save(sourceId, url, new DocumentStateStore.State(state.validators().etag(),
                state.validators().lastModified(), state.sha256()));
    }

    @Override
    public ListComparison replaceList(ListReplacement replacement) {
        ReferenceLists.Comparison comparison = indexer.replaceList(replacement.sourceId(), replacement.runId(),
                replacement.list(), replacement.entries());
        return new ListComparison(comparison.added(), comparison.changed(), comparison.unchanged(),
                comparison.removed());
    }

    @Override
    public Withdrawal withdraw(WithdrawalRequest request) {
        leaseCheck.accept(request.sourceId());
        WithdrawalResult result = indexer.withdraw(request.sourceId(), request.runId(), request.seen(),
                request.unchangedDocuments(), request.maxFraction());
        return new Withdrawal(result.withdrawn(), result.candidates(), result.known(), result.skipped());
    }
}
