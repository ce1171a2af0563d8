package org.ocdsnacional.app;

import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;

import java.io.Console;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Prints a run's progress as whole lines, so that a line never shares the screen's line with a log message or the
 * summary: on a terminal, where a person watches, the first at once and then at most one every {@code every};
 * into a pipe or a file, one at every step of the run (each request, each batch), for scripts and logs.
 */
final class ProgressLines implements ProgressListener {

    private final PrintStream out;
    private final Clock clock;
    private final Duration every;
    private final Instant start;
    private Instant next;

    private ProgressLines(PrintStream out, Clock clock, Duration every) {
        this.out = out;
        this.clock = clock;
        this.every = every;
        this.start = clock.instant();
        this.next = start;
    }

    /** Progress to {@code out}, throttled to one line every {@code every} when it is a person's terminal. */
    static ProgressLines to(PrintStream out, Duration every) {
        return new ProgressLines(out, Clock.systemUTC(), interactive() ? every : Duration.ZERO);
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

    /** Whether standard output is a terminal a person watches, not a pipe or a file. */
    private static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Since Java 22 there is a console even when the output is redirected; it says whether it is a terminal.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
