package org.ocdsnacional.app;

import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Harvests one source once, printing progress, a summary and what validation found (as {@code validate} prints
 * it). The source is looked up in the registry before anything starts, so a mistyped id is said at once.
 */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Cosecha ahora una fuente del registro, indexa lo que publica e imprime un resumen y los "
                + "problemas de validación de sus datos, agrupados por tipo y ruta. / Harvest one source of the "
                + "registry now, index what it publishes, and print a summary and the validation issues of its data, "
                + "grouped by type and path.")
final class HarvestCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions config;

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);

    @Option(names = "--source", required = true, paramLabel = "ID", description = "El id de la fuente en el registro / The "
            + "source's id in the registry.")
    private String sourceId;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        AppConfig settings = config.load(Map.of());
        checkHarvestable(Application.loadRegistry(settings).get());
        try (Application app = Application.open(settings)) {
            out.println("Cosechando / Harvesting " + sourceId + "...");
            HarvestRun run = app.harvest(sourceId, RunTrigger.COMMAND_LINE,
                    ProgressLines.to(out, PROGRESS_EVERY));
            out.print(RunText.summary(run));
            app.validationReport(run.runId()).ifPresent(report -> printValidation(run, report, out));
            return run.state() == RunState.SUCCEEDED ? ExitStatus.DONE : ExitStatus.NEGATIVE;
        }
    }

    /** The run's validation report, as {@code validate} prints it, and where the API has it. */
    private static void printValidation(HarvestRun run, ValidationReport report, PrintStream out) {
        out.println();
        out.print(ReportText.of(run.sourceId() + ", cosecha / run " + run.runId(), report));
        out.println();
        out.println("En la API / In the API: { run(id: \"" + run.runId() + "\") { validation { errors warnings } "
                + "issues(first: 20) { totalCount edges { node { severity type pathPattern count messageEs "
                + "examples { ocid path } } } } } }");
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
}
