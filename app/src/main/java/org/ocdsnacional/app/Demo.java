package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.generator.publish.PublishedSource;
import org.ocdsnacional.generator.publish.Publisher;
import org.ocdsnacional.generator.publish.RegistryEntries;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@code serve --demo}: a first look without network. The generator plays four publishers of different states and
 * protocols on a local port, a demo registry points at them, and the application (with its own data folder) serves
 * the API and harvests them once right away, in the background, so the API fills within a minute.
 */
final class Demo implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Demo.class);
    private static final long SEED = 2026;
    /** How many processes the demo publishers publish in all, unless asked otherwise. */
    static final int DEFAULT_PROCESSES = 2000;

    /** The demo publishers: id, name, state, protocol, share of the processes. */
    private record Spec(String id, String name, String state, String protocol, double share) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("demo-jalisco", "Contrataciones Abiertas de Jalisco (demostración)", "MX-JAL", "inai-edca", 0.35),
            new Spec("demo-cdmx", "Contrataciones de la Ciudad de México (demostración)", "MX-CMX", "ocds-url", 0.30),
            new Spec("demo-nuevo-leon", "Compras de Nuevo León (demostración)", "MX-NLE", "ocds-url", 0.20),
            new Spec("demo-yucatan", "Contrataciones Abiertas de Yucatán (demostración)", "MX-YUC", "inai-edca", 0.15));

    private final Publisher publisher;
    private final Path folder;
    private final int processes;
    private Application app;
    private CompletableFuture<List<HarvestRun>> harvest = CompletableFuture.completedFuture(List.of());

    private Demo(Publisher publisher, Path folder, int processes) {
        this.publisher = publisher;
        this.folder = folder;
        this.processes = processes;
    }

    /** Starts the generated publishers ({@code processes} in all) and writes their registry under {@code folder}. */
    static Demo publish(Path folder, int processes) throws IOException {
        Publisher publisher = Publisher.start("127.0.0.1", 0, sources(processes), new ObjectMapper());
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("registry.yaml"), RegistryEntries.registry(publisher));
        return new Demo(publisher, folder, processes);
    }

    /**
     * The demo publishers and their data: one data set per state, {@code processes} in all, from one seed, so that
     * the same suppliers recur across the states while each state's processes are its own.
     */
    static List<PublishedSource> sources(int processes) {
        List<PublishedSource> sources = new ArrayList<>();
        for (Spec spec : SPECS) {
            MexicanState state = MexicanState.byCode(spec.state()).orElseThrow();
            int share = Math.max(1, (int) Math.round(processes * spec.share()));
            sources.add(new PublishedSource(spec.id(), spec.name(), spec.protocol(), Dataset.of(
                    GeneratorSettings.of(share, SEED).withStates(List.of(state)))));
        }
        return sources;
    }

    /** The configuration that points the application at the demo: its registry and its own data folders. */
    Map<String, String> configuration() {
        return Map.of(
                "registry.path", folder.resolve("registry.yaml").toString(),
                "opensearch.data-dir", folder.resolve("opensearch").toString(),
                "harvest.work-dir", folder.resolve("work").toString(),
                "harvest.scheduler", "false");
    }

    /** Serves {@code app} (opened with {@link #configuration()}) and harvests every demo source in the background. */
    Demo serve(Application opened) {
        this.app = opened.serve();
        harvest = CompletableFuture.supplyAsync(this::harvestAll);
        return this;
    }

    Application app() {
        return app;
    }

    /** The runs of the first harvest, when it is over. */
    CompletableFuture<List<HarvestRun>> harvest() {
        return harvest;
    }

    List<String> sourceIds() {
        return SPECS.stream().map(Spec::id).toList();
    }

    int processes() {
        return processes;
    }

    @Override
    public void close() {
        harvest.cancel(true);
        if (app != null) {
            app.close();
        }
        publisher.close();
    }

    private List<HarvestRun> harvestAll() {
        List<HarvestRun> runs = new ArrayList<>();
        for (String id : sourceIds()) {
            HarvestRun run = app.harvest(id, RunTrigger.MANUAL, ProgressListener.NONE);
            LOG.info("Demostración / Demo: {} {}, {} entregas / releases, {} procesos / processes", id, run.state(),
                    run.counts().releases(), run.counts().processes());
            runs.add(run);
        }
        return runs;
    }
}
