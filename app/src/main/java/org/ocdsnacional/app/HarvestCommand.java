package org.ocdsnacional.app;

import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** Harvests one source once, printing progress and a summary. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Harvest one source of the registry now, index what it publishes, and print a summary. "
                + "Exit status: 0 succeeded, 1 partial or failed.")
final class HarvestCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions config;

    @Option(names = "--source", required = true, paramLabel = "ID", description = "The source's id in the registry.")
    private String sourceId;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try (Application app = Application.open(config.load(Map.of()))) {
            out.println("Harvesting " + sourceId + "...");
            HarvestRun run = app.harvest(sourceId, RunTrigger.COMMAND_LINE,
                    progress -> out.printf("\r  %d requests, %d releases, %d bytes", progress.counts().requests(),
                            progress.counts().releases(), progress.counts().bytes()));
            out.println();
            print(run, out);
            return run.state() == RunState.SUCCEEDED ? 0 : 1;
        }
    }

    private static void print(HarvestRun run, PrintStream out) {
        RunCounts counts = run.counts();
        Duration took = Duration.between(run.startedAt(), run.finishedAt().orElse(run.startedAt()));
        out.printf("Run %s: %s in %.1f s%n", run.runId(), run.state(), took.toMillis() / 1000.0);
        out.printf("  requests %d (failed %d, retried %d, not modified %d), %d bytes, %d documents unchanged%n",
                counts.requests(), counts.failedRequests(), counts.http().retries(), counts.http().notModified(),
                counts.bytes(), counts.unchangedDocuments());
        out.printf("  releases %d: new %d, changed %d, unchanged %d, duplicates %d (invalid %d, %d validation "
                        + "issues)%n", counts.releases(), counts.newReleases(), counts.changed(), counts.unchanged(),
                counts.duplicates(), counts.invalid(), counts.issues());
        out.printf("  processes %d, withdrawn %d%n", counts.processes(), counts.withdrawn());
        run.error().ifPresent(error -> out.printf("  first error: %s%s%n    %s%n", error.url(),
                error.status().map(status -> " (HTTP " + status + ")").orElse(""), error.reason()));
    }
}
