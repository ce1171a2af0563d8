package org.ocdsnacional.harvester.run;

import org.ocdsnacional.harvester.http.FetchException;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.http.Fetcher;
import org.ocdsnacional.harvester.protocol.SourceSession;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/** The {@link SourceSession} of one run: fetches and counts, records failures, reads documents, reports progress. */
final class HarvestSession implements SourceSession {

    private static final Logger LOG = LoggerFactory.getLogger(HarvestSession.class);
    private static final Set<Integer> ABSENT = Set.of(404, 410);

    private final HarvestRun run;
    private final Fetcher fetcher;
    private final RunTally tally;
    private final ProgressListener progress;
    private final ReleaseBatch batch;
    private final DocumentReader documents;
    private Optional<String> currentUrl = Optional.empty();

    HarvestSession(HarvestRun run, Fetcher fetcher, RunTally tally, ProgressListener progress, Pipeline pipeline) {
        this.run = run;
        this.fetcher = fetcher;
        this.tally = tally;
        this.progress = progress;
        this.batch = new ReleaseBatch(pipeline.sink(), pipeline.batchSize(), this::reportProgress);
        this.documents = new DocumentReader(pipeline, run, tally, batch);
    }

    @Override
    public Optional<Fetched> fetch(URI url) {
        return fetch(url, false);
    }

    @Override
    public Optional<Fetched> fetchIfPresent(URI url) {
        return fetch(url, true);
    }

    @Override
    public void read(Fetched document) {
        currentUrl = Optional.of(document.url().toString());
        documents.read(document);
        reportProgress();
    }

    @Override
    public void unusable(Fetched document, String reason) {
        tally.documentFailed(new RunError(document.url().toString(), document.status(), reason));
        LOG.warn("Source {} run {}: {} ({})", run.sourceId(), run.runId(), reason, document.url());
    }

    /** Hands over the releases still pending. */
    void finish() {
        batch.flush();
    }

    /** The URL last fetched or read, for errors that are not tied to a request; empty before the first. */
    Optional<String> currentUrl() {
        return currentUrl;
    }

    private Optional<Fetched> fetch(URI url, boolean absentIsEmpty) {
        currentUrl = Optional.of(url.toString());
        try {
            Fetched fetched = fetcher.get(url);
            tally.requested(fetched.bytes());
            return Optional.of(fetched);
        } catch (FetchException e) {
            if (absentIsEmpty && e.status().filter(ABSENT::contains).isPresent()) {
                tally.requested(0);
                return Optional.empty();
            }
            tally.requestFailed(new RunError(url.toString(), e.status(), e.reason()));
            LOG.warn("Source {} run {}: {}", run.sourceId(), run.runId(), e.getMessage());
            return Optional.empty();
        } finally {
            reportProgress();
        }
    }

    private void reportProgress() {
        progress.progress(new HarvestRun(run.runId(), run.sourceId(), run.trigger(), RunState.RUNNING,
                run.startedAt(), Optional.empty(), tally.counts(), tally.firstError()));
    }
}
