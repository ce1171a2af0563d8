package org.ocdsnacional.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.registry.LiveRegistry;
import org.ocdsnacional.harvester.schedule.HarvestScheduler;
import org.ocdsnacional.harvester.schedule.ScheduleSettings;
import org.ocdsnacional.harvester.schedule.SharedStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shared schedule on a real PostgreSQL, in one JVM: the harvesters' cron triggers are there, and an API instance
 * (whose {@code harvest.scheduler} is off, as the deploy files set it) that starts and stops leaves them alone.
 */
class SharedScheduleIT {

    private static final Map<String, String> CREDENTIALS = Map.of("SCHEDULER_JDBC_USERNAME", LocalPostgres.USER,
            "SCHEDULER_JDBC_PASSWORD", "unused-with-trust-authentication");
    private static final String CRON = "0 0 4 * * ?";

    @TempDir
    static Path work;
    private static LocalPostgres postgres;
    private static Path registry;

    @BeforeAll
    static void start() throws Exception {
        postgres = LocalPostgres.start();
        registry = Files.writeString(work.resolve("registry.yaml"), """
                sources:
                  - id: nightly
                    name: Publicador nocturno
                    state: MX-JAL
                    level: state
                    kind: state-agency
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: http://127.0.0.1:9/nightly.json
                    schedule: "%s"
                """.formatted(CRON));
    }

    @AfterAll
    static void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void anApiInstanceLeavesTheHarvestersScheduleAsItIs() throws Exception {
        ScheduleSettings shared = ScheduleSettings.DEFAULTS.sharing(Optional.of(new SharedStore(postgres.jdbcUrl(),
                LocalPostgres.USER, "unused")));
        HarvestScheduler harvesters = HarvestScheduler.create(LiveRegistry.load(registry), (source, trigger) -> { },
                shared);
        assertEquals(Optional.of(CRON), harvesters.scheduleOf("nightly"), "the tables created, the cron stored");
        harvesters.close();

        Map<String, String> overrides = new HashMap<>(Map.of(
                "registry.path", registry.toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "harvest.work-dir", work.resolve("work").toString(),
                "harvest.scheduler", "false",
                "scheduler.jdbc.url", postgres.jdbcUrl(),
                "server.port", "0"));
        try (Application api = Application.open(AppConfig.load(Optional.empty(), overrides, CREDENTIALS))
                .serve(Role.API)) {
            assertEquals(Role.API, api.role());
        }

        HarvestScheduler after = HarvestScheduler.connect(LiveRegistry.load(registry), (source, trigger) -> { },
                shared);
        try {
            assertEquals(Optional.of(CRON), after.scheduleOf("nightly"), "still scheduled for the harvesters");
        } finally {
            after.close();
        }
    }
}
