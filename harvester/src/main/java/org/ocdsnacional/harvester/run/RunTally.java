package org.ocdsnacional.harvester.run;

import org.ocdsnacional.harvester.http.FetchObserver;
import org.ocdsnacional.harvester.http.Redaction;
import org.ocdsnacional.ocds.pipeline.HttpOutcomes;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.PublicationValidation;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The counts, the first error and what was seen of one run as it goes: releases (each uid once; a second sighting
 * is a duplicate), processes, documents left unread because they had not changed, and every HTTP attempt. Used by
 * the run's thread only.
 */
final class RunTally implements FetchObserver {

    /** How a release read compared with the stored copy. */
    enum Change { NEW, CHANGED, UNCHANGED }

    private final PublicationValidation validation;
    private long requests;
    private long failedRequests;
    private long bytes;
    private long releases;
    private long duplicates;
    private final Map<Change, Long> changes = new EnumMap<>(Change.class);
    private long invalid;
    private long issues;
    private long withdrawn;
    private final Map<Attempt, Long> attempts = new EnumMap<>(Attempt.class);
    private final FirstSightings releaseUids = new FirstSightings();
    private final SeenSet processKeys = new SeenSet();
    private final Set<String> unchangedDocuments = new HashSet<>();
    private Optional<RunError> firstError = Optional.empty();
    private boolean aborted;

    @Override
    public void attempt(Attempt outcome) {
        attempts.merge(outcome, 1L, Long::sum);
        if (outcome != Attempt.RETRY) {
            requests++;
        }
    }

    void received(long bodyBytes) {
        bytes += bodyBytes;
    }

    /** A request that failed, or whose body turned out unusable. */
    void documentFailed(RunError error) {
        failedRequests++;
        remember(error);
    }

    /** A document not read again: not modified, or byte-identical to the last one read in full. */
    void unchangedDocument(String url) {
        unchangedDocuments.add(url);
    }

    /** A document skipped as unchanged, read after all (for the run's report). */
    void readAgain(String url) {
        unchangedDocuments.remove(url);
    }

    /** Whether the run read any release: it then stores its own report. */
    boolean readReleases() {
        return releases > 0;
    }

    /** The run stopped before its end. */
    void aborted(RunError error) {
        aborted = true;
        remember(error);
    }

    /** Something worth telling that is not a failure of the run (e.g. a withdrawal skipped). */
    void note(RunError error) {
        remember(error);
    }

    RunTally(PublicationValidation validation) {
        this.validation = validation;
    }

    /** The run's validation: the releases it validates, and the warnings of reading, go through it. */
    PublicationValidation validation() {
        return validation;
    }

    /**
     * A release read: empty when it is the first sighting of its uid; otherwise a duplicate, counted, and the hash
     * prefix of the first sighting (another hash than {@code hash}'s means a conflicting duplicate).
     */
    OptionalLong read(String uid, String hash, String processKey) {
        releases++;
        processKeys.add(processKey);
        OptionalLong first = releaseUids.firstHash(uid, FirstSightings.prefix(hash));
        if (first.isPresent()) {
            duplicates++;
        }
        return first;
    }

    void compared(Change change) {
        changes.merge(change, 1L, Long::sum);
    }

    void validated(List<ValidationIssue> releaseIssues) {
        issues += releaseIssues.size();
        if (releaseIssues.stream().anyMatch(issue -> issue.severity() == Severity.ERROR)) {
            invalid++;
        }
    }

    void withdrawn(long count) {
        withdrawn = count;
    }

    boolean sawProcess(String processKey) {
        return processKeys.contains(processKey);
    }

    Set<String> unchangedDocuments() {
        return Set.copyOf(unchangedDocuments);
    }

    /** Nothing failed and nothing stopped the run: what it did not see is really gone. */
    boolean complete() {
        return failedRequests == 0 && !aborted;
    }

    RunCounts counts() {
        return new RunCounts(requests, failedRequests, bytes, releases, count(Change.NEW), count(Change.CHANGED),
                count(Change.UNCHANGED), duplicates, withdrawn, invalid, issues, processKeys.size(),
                unchangedDocuments.size(), http());
    }

    Optional<RunError> firstError() {
        return firstError;
    }

    /** SUCCEEDED when nothing went wrong; otherwise PARTIAL if releases came, FAILED if none did. */
    RunState endState() {
        if (complete()) {
            return RunState.SUCCEEDED;
        }
        return releases > 0 ? RunState.PARTIAL : RunState.FAILED;
    }

    private HttpOutcomes http() {
        return new HttpOutcomes(attempts(Attempt.SUCCEEDED), attempts(Attempt.NOT_MODIFIED),
                attempts(Attempt.REDIRECT), attempts(Attempt.RETRY), attempts(Attempt.CLIENT_ERROR),
                attempts(Attempt.SERVER_ERROR), attempts(Attempt.NETWORK_ERROR), attempts(Attempt.REFUSED));
    }

    private long attempts(Attempt outcome) {
        return attempts.getOrDefault(outcome, 0L);
    }

    private long count(Change change) {
        return changes.getOrDefault(change, 0L);
    }

    /** Keeps the first error, redacted: a run's error is public. */
    private void remember(RunError error) {
        if (firstError.isEmpty()) {
            firstError = Optional.of(new RunError(Redaction.url(error.url()), error.status(),
                    Redaction.text(error.reason())));
        }
    }
}
