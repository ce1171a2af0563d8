package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.harvester.schedule.SharedStore;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schedule's configuration: in memory by default, shared on PostgreSQL with credentials from the environment. */
class SchedulerConfigurationTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/ocds";

    @Test
    void theScheduleIsInMemoryAndLeasesLastAMinuteByDefault() {
        AppConfig config = AppConfig.load(Optional.empty(), Map.of(), Map.of());
        assertEquals(Optional.empty(), config.schedulerStore());
        assertEquals(Duration.ofMinutes(1), config.leaseTimeToLive());
    }

    @Test
    void aSharedScheduleTakesItsCredentialsFromTheEnvironment() {
        AppConfig config = AppConfig.load(Optional.empty(), Map.of(), Map.of("SCHEDULER_JDBC_URL", URL,
                "SCHEDULER_JDBC_USERNAME", "ocds", "SCHEDULER_JDBC_PASSWORD", "s3cret-pass"));
        SharedStore store = config.schedulerStore().orElseThrow();
        assertEquals(new SharedStore(URL, "ocds", "s3cret-pass"), store);
        assertFalse(store.toString().contains("s3cret-pass"), store::toString);
    }

    @Test
    void aSharedScheduleWithoutCredentialsIsRefusedSayingWhichVariables() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("scheduler.jdbc.url", URL), Map.of()));
        assertTrue(refused.getMessage().contains("SCHEDULER_JDBC_USERNAME")
                && refused.getMessage().contains("SCHEDULER_JDBC_PASSWORD"), refused.getMessage());
    }

    @Test
    void aPasswordWrittenOnTheCommandLineIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("scheduler.jdbc.url", URL,
                        "scheduler.jdbc.password", "s3cret-pass"), Map.of()));
        assertTrue(refused.getMessage().contains("SCHEDULER_JDBC_PASSWORD"), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret-pass"), refused.getMessage());
    }

    @Test
    void onlyPostgreSqlIsAccepted() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("scheduler.jdbc.url", "jdbc:mysql://db/ocds"),
                        Map.of("SCHEDULER_JDBC_USERNAME", "ocds", "SCHEDULER_JDBC_PASSWORD", "x")));
        assertTrue(refused.getMessage().contains("scheduler.jdbc.url"), refused.getMessage());
    }
}
