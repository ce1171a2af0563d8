package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunError;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.validate.PublicationValidation;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The counts, the first error and the validation of one run as it goes. Used by the run's thread only. */
final class RunTally {

    private final PublicationValidation validation;
    private long requests;
    private long failedRequests;
    private long bytes;
    private long releases;
    private long invalid;
    private long issues;
    private final Set<String> processKeys = new HashSet<>();
    private Optional<RunError> firstError = Optional.empty();
    private boolean aborted;

    RunTally(PublicationValidation validation) {
        this.validation = validation;
    }

    /** The run's validation: every document and release goes through it. */
    PublicationValidation validation() {
        return validation;
    }

    /** A request that brought a body (or a clean "nothing there"). */
    void requested(long bodyBytes) {
        requests++;
        bytes += bodyBytes;
    }

    /** A request that failed. */
    void requestFailed(RunError error) {
        requests++;
        documentFailed(error);
    }

    /** A request whose body turned out unusable (not JSON, not OCDS, not what the protocol expects). */
    void documentFailed(RunError error) {
        failedRequests++;
        remember(error);
    }

    /** The run stopped before its end. */
    void aborted(RunError error) {
        aborted = true;
        remember(error);
    }

    void release(String processKey, List<ValidationIssue> releaseIssues) {
        releases++;
        issues += releaseIssues.size();
        if (releaseIssues.stream().anyMatch(issue -> issue.severity() == Severity.ERROR)) {
            invalid++;
        }
        processKeys.add(processKey);
    }

    RunCounts counts() {
        return new RunCounts(requests, failedRequests, bytes, releases, invalid, issues, processKeys.size());
    }

    Optional<RunError> firstError() {
        return firstError;
    }

    /** SUCCEEDED when nothing went wrong; otherwise PARTIAL if releases came, FAILED if none did. */
    RunState endState() {
        if (failedRequests == 0 && !aborted) {
            return RunState.SUCCEEDED;
        }
        return releases > 0 ? RunState.PARTIAL : RunState.FAILED;
    }

    private void remember(RunError error) {
        if (firstError.isEmpty()) {
            firstError = Optional.of(error);
        }
    }
}
