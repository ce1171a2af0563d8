package org.ocdsnacional.app;

import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Prints a run's progress as whole lines, the first at once and then one every {@code every}: a line never shares
 * the screen's line with a log message or the summary, on a terminal or in a file.
 */
final class ProgressLines implements ProgressListener {

    private final PrintStream out;
    private final Clock clock;
    private final Duration every;
    private final Instant start;
    private Instant next;

    ProgressLines(PrintStream out, Clock clock, Duration every) {
        this.out = out;
        this.clock = clock;
        this.every = every;
        this.start = clock.instant();
        this.next = start;
    }

    @Override
    public synchronized void progress(HarvestRun run) {
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            return;
        }
        next = now.plus(every);
        out.println(RunText.progress(run, Duration.between(start, now)));
        out.flush();
    }
}
