package org.ocdsnacional.ocds.read;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

/**
 * Hands what a reading finds to the visitor and counts it. When a document is read again from its start (after
 * UTF-8 turned out to be Latin-1), what the visitor already received is not handed over twice.
 */
final class Delivery {

    private final ReleaseVisitor visitor;
    private long releases;
    private long linked;
    private long problems;
    private long invalid;
    private long warnings;
    private long events;
    private long replayUntil;

    Delivery(ReleaseVisitor visitor) {
        this.visitor = visitor;
    }

    /** A new document starts: nothing of it was handed over yet. */
    void startDocument() {
        events = 0;
        replayUntil = 0;
    }

    /** The current document is read again from its start: skip what was already handed over. */
    void restartDocument() {
        replayUntil = Math.max(replayUntil, events);
        events = 0;
    }

    void release(Release release, PackageMetadata metadata) {
        if (fresh()) {
            releases++;
            visitor.release(release, metadata);
        }
    }

    void linked(LinkedRelease link, PackageMetadata metadata) {
        if (fresh()) {
            linked++;
            visitor.linkedRelease(link, metadata);
        }
    }

    void problem(ReadProblem problem) {
        if (fresh()) {
            problems++;
            invalid += problem.invalidReleaseOrRecord() ? 1 : 0;
            visitor.problem(problem);
        }
    }

    void packageEnd(PackageMetadata complete) {
        if (fresh()) {
            visitor.packageEnd(complete);
        }
    }

    /** Warnings come once per cause, outside the replayed sequence. */
    void warning(ReadProblem warning) {
        warnings++;
        visitor.warning(warning);
    }

    long releases() {
        return releases;
    }

    ReadSummary summary() {
        return new ReadSummary(releases, linked, invalid, problems, warnings);
    }

    private boolean fresh() {
        return ++events > replayUntil;
    }
}
