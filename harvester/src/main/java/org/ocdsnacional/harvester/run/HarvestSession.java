package org.ocdsnacional.harvester.run;

import org.ocdsnacional.harvester.http.CacheValidators;
import org.ocdsnacional.harvester.http.FetchException;
import org.ocdsnacional.harvester.http.FetchOutcome;
import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.http.Fetcher;
import org.ocdsnacional.harvester.http.Redaction;
import org.ocdsnacional.harvester.protocol.Page;
import org.ocdsnacional.harvester.protocol.SourceSession;
import org.ocdsnacional.ocds.normalise.ReleaseNormaliser;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.read.JsonScan;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link SourceSession} of one run: fetches and counts, records failures, stops the run on terminal ones,
 * skips documents that did not change, reads documents (and looks into the bodies a protocol walks by) through the
 * ocds reader, and reports progress. The warnings of a body's reading reach the run's report once, however many
 * times the protocol looks into it.
 */
final class HarvestSession implements SourceSession {

    private static final Logger LOG = LoggerFactory.getLogger(HarvestSession.class);
    private static final Set<Integer> ABSENT = Set.of(404, 410);
    private static final Set<Integer> FORBIDDEN = Set.of(401, 403);

    /** What a failed request means for the run. */
    private enum OnAbsent { FAIL, EMPTY, STOP }

    /**
     * A document of releases, and what the protocol does with it: kept when it is skipped as unchanged, to be read
     * again for the run's report.
     */
    private record Skipped(URI url, OnAbsent onAbsent, Consumer<Fetched> reader) {
    }

    private final HarvestRun run;
    private final Fetcher fetcher;
    private final RunTally tally;
    private final ProgressListener progress;
    private final Pipeline pipeline;
    private final ReleaseBatch batch;
    private final DocumentReader documents;
    private final BodyJson bodies;
    private final Map<String, DocumentState> toRemember = new HashMap<>();
    private final Map<String, DocumentState> readInFull = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private Optional<String> currentUrl = Optional.empty();
    private Optional<Fetched> warned = Optional.empty();

    HarvestSession(HarvestRun run, Fetcher fetcher, long maxUnpackedBytes, RunTally tally, ProgressListener progress,
                   Pipeline pipeline) {
        this.run = run;
        this.fetcher = fetcher;
        this.tally = tally;
        this.progress = progress;
        this.pipeline = pipeline;
        this.batch = new ReleaseBatch(pipeline, run.sourceId(), run.runId(), tally, this::reportProgress);
        this.documents = new DocumentReader(pipeline, run.sourceId(), maxUnpackedBytes, tally, batch);
        this.bodies = new BodyJson(pipeline.reader(), maxUnpackedBytes, tally);
    }

    @Override
    public Optional<Fetched> fetch(FetchRequest request) {
        return body(attempt(request, OnAbsent.FAIL));
    }

    @Override
    public Optional<Fetched> fetchEntryPoint(FetchRequest request) {
        return body(attempt(request, OnAbsent.STOP));
    }

    @Override
    public Optional<Fetched> fetchIfPresent(URI url) {
        return body(attempt(FetchRequest.get(url), OnAbsent.EMPTY));
    }

    @Override
    public void readDocument(URI url, Consumer<Fetched> reader) {
        document(new Skipped(url, OnAbsent.FAIL, reader), true);
    }

    @Override
    public void readDocumentIfPresent(URI url, Consumer<Fetched> reader) {
        document(new Skipped(url, OnAbsent.EMPTY, reader), true);
    }

    /**
     * Reads again, for the run's report, the documents skipped because they had not changed, when the run read
     * releases elsewhere: its report is then stored instead of the previous one being carried forward, and must cover
     * every release the source publishes. Their releases are compared as any (unchanged, so not handed over).
     */
    void readSkippedForReport() {
        if (!tally.readReleases()) {
            return;
        }
        List<Skipped> again = List.copyOf(skipped);
        skipped.clear();
        again.forEach(document -> document(document, false));
    }

    /**
     * Remembers the documents read in full, for the next run to skip if unchanged: only once this run's releases are
     * all stored and its report is (a document remembered earlier would be skipped by a run after a crash, and its
     * releases left out of that run's report).
     */
    void rememberDocuments() {
        readInFull.forEach((url, state) -> pipeline.store().saveDocumentState(run.sourceId(), url, state));
        readInFull.clear();
    }

    private void document(Skipped document, boolean conditional) {
        String key = document.url().toString();
        Optional<DocumentState> known = pipeline.store().documentState(run.sourceId(), key);
        CacheValidators validators = known.filter(state -> conditional).map(DocumentState::validators)
                .orElse(CacheValidators.NONE);
        Optional<FetchOutcome> outcome = attempt(FetchRequest.get(document.url()).ifChangedSince(validators),
                document.onAbsent());
        if (outcome.isEmpty()) {
            return;
        }
        if (!(outcome.get() instanceof Fetched fetched)) {
            skip(document);
            return;
        }
        try (fetched) {
            if (conditional && known.map(DocumentState::sha256).filter(fetched.sha256()::equals).isPresent()) {
                skip(document);
                return;
            }
            tally.readAgain(key);
            toRemember.put(key, new DocumentState(fetched.validators(), fetched.sha256()));
            document.reader().accept(fetched);
        }
    }

    private void skip(Skipped document) {
        tally.unchangedDocument(document.url().toString());
        skipped.add(document);
    }

    @Override
    public void read(Fetched document, ReleaseNormaliser normaliser) {
        String key = document.url().toString();
        currentUrl = Optional.of(key);
        boolean clean = documents.read(document, normaliser, warnings(document));
        DocumentState state = toRemember.remove(key);
        if (clean && state != null) {
            readInFull.put(key, state);
        }
        reportProgress();
    }

    @Override
    public Optional<Page> readPage(Fetched page, String arrayKey, ReleaseNormaliser normaliser) {
        if (!OcdsReader.readsWrapped(arrayKey)) {
            throw new IllegalArgumentException("The ocds reader does not read the releases under " + arrayKey);
        }
        Optional<Optional<Page>> scanned = parse(page, parser -> Envelope.paging(parser, arrayKey));
        scanned.filter(Optional::isEmpty).ifPresent(notAnObject -> unusable(page,
                "La respuesta no es un objeto JSON / The response is not a JSON object"));
        Optional<Page> paging = scanned.flatMap(Function.identity());
        paging.filter(read -> read.items() > 0).ifPresent(read -> read(page, normaliser));
        return paging;
    }

    @Override
    public <T> Optional<T> parse(Fetched body, JsonScan<T> scan) {
        return bodies.parse(body, warnings(body), scan);
    }

    @Override
    public <T> Optional<T> peek(Fetched body, JsonScan<T> scan) {
        return bodies.peek(body, warnings(body), scan);
    }

    @Override
    public void unusable(Fetched document, String reason) {
        problem(document.url().toString(), document.status(), reason);
    }

    @Override
    public void problem(String url, String reason) {
        problem(url, Optional.empty(), reason);
    }

    /**
     * Where the reader's warnings about {@code body} (Latin-1 text, archive entries skipped) go: the run's report
     * the first time the body is read, nowhere when a protocol looks into it again.
     */
    private Consumer<ReadProblem> warnings(Fetched body) {
        if (warned.filter(body::equals).isPresent()) {
            return again -> { };
        }
        warned = Optional.of(body);
        return tally.validation()::warning;
    }

    /** Hands over the releases still pending and waits until they are stored. */
    void finish() {
        batch.finish();
    }

    /** Stops the hand-over thread. */
    void close() {
        batch.close();
    }

    /** The URL last fetched or read, for errors that are not tied to a request; empty before the first. */
    Optional<String> currentUrl() {
        return currentUrl;
    }

    private void problem(String url, Optional<Integer> status, String reason) {
        tally.documentFailed(new RunError(url, status, reason));
        LOG.warn("Source {} run {}: {} ({})", run.sourceId(), run.runId(), Redaction.text(reason), Redaction.url(url));
    }

    private Optional<FetchOutcome> attempt(FetchRequest request, OnAbsent onAbsent) {
        currentUrl = Optional.of(request.url().toString());
        try {
            FetchOutcome outcome = fetcher.fetch(request);
            if (outcome instanceof Fetched fetched) {
                tally.received(fetched.bytes());
            }
            return Optional.of(outcome);
        } catch (FetchException e) {
            return failed(request, e, onAbsent);
        } finally {
            reportProgress();
        }
    }

    private Optional<FetchOutcome> failed(FetchRequest request, FetchException e, OnAbsent onAbsent) {
        boolean absent = e.status().filter(ABSENT::contains).isPresent();
        if (absent && onAbsent == OnAbsent.EMPTY) {
            return Optional.empty();
        }
        RunError error = new RunError(request.url().toString(), e.status(), e.reason());
        tally.documentFailed(error);
        LOG.warn("Source {} run {}: {}{}", run.sourceId(), run.runId(), e.getMessage(),
                e.detail().isEmpty() ? "" : " [" + e.detail() + "]");
        boolean forbidden = e.status().filter(FORBIDDEN::contains).isPresent();
        if (forbidden || (absent && onAbsent == OnAbsent.STOP)) {
            throw new RunStopped(error);
        }
        return Optional.empty();
    }

    private static Optional<Fetched> body(Optional<FetchOutcome> outcome) {
        return outcome.filter(Fetched.class::isInstance).map(Fetched.class::cast);
    }

    private void reportProgress() {
        progress.progress(new HarvestRun(run.runId(), run.sourceId(), run.trigger(), RunState.RUNNING,
                run.startedAt(), Optional.empty(), tally.counts(), tally.firstError()));
    }
}
