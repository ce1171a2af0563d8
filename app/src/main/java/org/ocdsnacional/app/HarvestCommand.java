package org.ocdsnacional.app;

import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;
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

/**
 * Harvests one source once, printing progress and a summary. The source is looked up in the registry before
 * anything starts, so a mistyped id is said at once.
 */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Harvest one source of the registry now, index what it publishes, and print a summary.")
final class HarvestCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions config;

    @Option(names = "--source", required = true, paramLabel = "ID", description = "The source's id in the registry.")
    private String sourceId;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        AppConfig settings = config.load(Map.of());
        checkHarvestable(Application.loadRegistry(settings).get());
        try (Application app = Application.open(settings)) {
            out.println("Harvesting " + sourceId + "...");
            HarvestRun run = app.harvest(sourceId, RunTrigger.COMMAND_LINE,
                    progress -> out.printf("\r  %d requests, %d releases, %d bytes", progress.counts().requests(),
                            progress.counts().releases(), progress.counts().bytes()));
            out.println();
            print(run, out);
            return run.state() == RunState.SUCCEEDED ? ExitStatus.DONE : ExitStatus.NEGATIVE;
        }
    }

    /** Refuses a source that is not registered, or is retired. */
    private void checkHarvestable(Registry registry) {
        Source source = registry.find(sourceId).orElseThrow(() -> new ConfigurationException("No hay una fuente «"
                + sourceId + "» en el registro; las registradas son / No source «" + sourceId + "» in the registry; "
                + "the registered ones are: " + String.join(", ", registry.sources().stream().map(Source::id)
                .toList())));
        if (source.status() == SourceStatus.RETIRED) {
            throw new ConfigurationException("La fuente «" + sourceId + "» está retirada: ya no se cosecha (cambie su "
                    + "status en el registro para cosecharla) / Source «" + sourceId + "» is retired: it is no longer "
                    + "harvested (change its status in the registry to harvest it)");
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
