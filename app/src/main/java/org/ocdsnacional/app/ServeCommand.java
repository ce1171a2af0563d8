package org.ocdsnacional.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Starts OpenSearch (embedded by default), the scheduled harvests and the API; runs until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the API, the scheduled harvests and (unless opensearch.urls is set) an embedded "
                + "OpenSearch node. Stop with Ctrl-C.")
final class ServeCommand implements Runnable {

    @Mixin
    private ConfigOptions config;

    @Option(names = "--port", description = "HTTP port of the API (default 8080).")
    private Integer port;

    @Option(names = "--demo", description = "A first look without network: generated publishers of four states, "
            + "harvested right away into data/demo (the real registry and data are left alone).")
    private boolean demo;

    @Option(names = "--demo-processes", defaultValue = "2000", paramLabel = "N",
            description = "Processes the demo publishers publish in all (default 2000).")
    private int demoProcesses;

    @Override
    public void run() {
        Map<String, String> extra = new HashMap<>();
        if (port != null) {
            extra.put("server.port", port.toString());
        }
        if (demo) {
            runDemo(extra);
            return;
        }
        Application app = Application.open(config.load(extra)).serve();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "shutdown"));
        banner(app, System.out);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runDemo(Map<String, String> extra) {
        Demo started;
        try {
            started = Demo.publish(Path.of("data/demo"), demoProcesses);
        } catch (IOException e) {
            throw new ConfigurationException("No se pudo iniciar la demostración / The demo could not start: " + e, e);
        }
        extra.putAll(started.configuration());
        Demo running = started.serve(Application.open(config.load(extra)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "shutdown"));
        banner(running.app(), System.out);
        System.out.println("Demo: " + running.sourceIds().size() + " generated publishers " + running.sourceIds()
                + ", " + running.processes() + " processes, harvesting now (about a minute).");
        running.harvest().thenAccept(runs -> runs.forEach(run -> System.out.printf(
                "Demo: %s %s, %d releases, %d processes%n", run.sourceId(), run.state(), run.counts().releases(),
                run.counts().processes())));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void banner(Application app, PrintStream out) {
        URI api = app.apiUri().orElseThrow();
        long active = app.registry().active().size();
        out.println();
        out.println("ocds-nacional is running.");
        out.println("  Portal:        " + api + "/");
        out.println("  GraphQL API:   " + api + "/graphql");
        out.println("  Schema (SDL):  " + api + "/graphql/schema.graphql");
        out.println("  GraphiQL:      " + api + "/graphiql");
        out.println("  Health:        " + api + "/health");
        out.println("  OpenSearch:    " + app.searchDescription());
        out.println("  Registry:      " + app.registry().sources().size() + " sources, " + active + " active"
                + (app.schedulesFire() ? ", harvested on their schedules" : ", harvested only when asked"));
        out.println("  Logs:          logs/ocds-nacional.log");
        out.println();
        out.println("Try:");
        out.println("  curl -s " + api + "/graphql -H 'Content-Type: application/json' \\");
        out.println("    -d '{\"query\":\"{ sources { id status lastRun { state } } }\"}'");
        out.println();
    }
}
