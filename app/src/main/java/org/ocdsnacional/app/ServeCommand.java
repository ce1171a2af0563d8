package org.ocdsnacional.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Starts OpenSearch (embedded by default), the scheduled harvests and the API; runs until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Inicia la API, las cosechas programadas y (sin opensearch.urls) un nodo de OpenSearch "
                + "integrado; se detiene con Ctrl-C. / Start the API, the scheduled harvests and (unless "
                + "opensearch.urls is set) an embedded OpenSearch node. Stop with Ctrl-C.")
final class ServeCommand implements Runnable {

    @Mixin
    private ConfigOptions config;

    @Option(names = "--port", paramLabel = "N", description = "Puerto HTTP de la API / HTTP port of the API "
            + "(8080).")
    private Integer port;

    @Option(names = "--role", defaultValue = "all", paramLabel = "ROLE", converter = RoleConverter.class,
            description = "all: API y cosechas (una sola instancia); api: solo la API, sin estado propio; harvester: "
                    + "cosechas según el calendario compartido (y la API) / all: API and harvests (a single instance); "
                    + "api: the API only, no state of its own; harvester: harvests on the shared schedule (and the "
                    + "API). (all)")
    private Role role;

    @Option(names = "--demo", description = "Un primer vistazo sin red: publicadores generados de cuatro estados, "
            + "cosechados de inmediato en data/demo (el registro y los datos reales no se tocan). / A first look "
            + "without network: generated publishers of four states, harvested right away into data/demo (the real "
            + "registry and data are left alone).")
    private boolean demo;

    @Option(names = "--demo-processes", defaultValue = "" + Demo.DEFAULT_PROCESSES, paramLabel = "N",
            description = "Procesos que publican en total / Processes they publish in all (" + Demo.DEFAULT_PROCESSES
                    + ").")
    private int demoProcesses;

    @Override
    public void run() {
        Map<String, String> extra = new HashMap<>();
        if (port != null) {
            extra.put("server.port", port.toString());
        }
        AppConfig settings = config.load(extra);
        checkPortFree(settings);
        if (demo) {
            runDemo(extra);
            return;
        }
        Application app = Application.open(settings).serve(role);
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
            throw new ConfigurationException("No se pudo iniciar la demostración / The demo could not start: "
                    + e.getMessage(), e);
        }
        extra.putAll(started.configuration());
        Demo running;
        try {
            running = started.serve(Application.open(config.load(extra)));
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "shutdown"));
        banner(running.app(), System.out);
        System.out.println("Demostración / Demo: " + running.sourceIds().size() + " publicadores generados / generated "
                + "publishers " + running.sourceIds() + ", " + running.processes() + " procesos / processes; "
                + "cosechando ahora, cerca de un minuto / harvesting now, about a minute.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Refuses a port another process listens on before anything starts (0 picks a free one). */
    private static void checkPortFree(AppConfig settings) {
        if (settings.port() == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(settings.host(), settings.port()));
        } catch (IOException e) {
            throw new ConfigurationException("El puerto " + settings.port() + " está ocupado por otro programa: elija "
                    + "otro con --port N / Port " + settings.port() + " is in use by another program: choose another "
                    + "with --port N (" + e.getMessage() + ")", e);
        }
    }

    /** {@code all}, {@code api} or {@code harvester}, in any case. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("«" + value + "»: use all, api o/or harvester");
            }
        }
    }

    private static void banner(Application app, PrintStream out) {
        URI api = app.apiUri().orElseThrow();
        long active = app.registry().active().size();
        out.println();
        out.println("ocds-nacional está en marcha / is running.");
        out.println("  Portal:                       " + api + "/");
        out.println("  API GraphQL / GraphQL API:    " + api + "/graphql");
        out.println("  Esquema / Schema (SDL):       " + api + "/graphql/schema.graphql");
        out.println("  GraphiQL:                     " + api + "/graphiql");
        out.println("  Salud / Health:               " + api + "/health");
        out.println("  OpenSearch:                   " + app.searchDescription());
        out.println("  Registro / Registry:          " + app.registry().sources().size() + " fuentes / sources, " + active
                + " activas / active, " + (app.schedulesFire() ? "cosechadas según su calendario / harvested on their "
                + "schedules" : "cosechadas solo a pedido / harvested only when asked"));
        if (!app.catchUpRuns().isEmpty()) {
            out.println("  Puesta al día / Catch-up:     " + app.catchUpRuns().size() + " nunca cosechadas o atrasadas, "
                    + "cosechadas en breve, una tras otra / never harvested or overdue, harvested soon, one after "
                    + "another (el log dice cuándo / the log says when)");
        }
        if (app.role() != Role.ALL) {
            out.println("  Papel / Role:                 " + app.role().name().toLowerCase(Locale.ROOT)
                    + (app.role().harvests() ? "" : " (no cosecha / does not harvest)"));
        }
        out.println("  Log:                          " + LogFile.current());
        app.startWarnings().forEach(warning -> out.println("  Atención / Warning:           " + warning));
        out.println();
        out.println("Pruebe / Try:");
        out.println("  curl -s " + api + "/graphql -H 'Content-Type: application/json' \\");
        out.println("    -d '{\"query\":\"{ sources { id status lastRun { state } } }\"}'");
        out.println();
    }
}
