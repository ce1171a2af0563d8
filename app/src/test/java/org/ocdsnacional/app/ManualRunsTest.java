package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.api.admin.AdminOperations.RunState;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs asked for without a scheduler: in the background, one per source at a time. */
class ManualRunsTest {

    @TempDir
    Path dir;

    @Test
    void aSourceRunsOnceAtATimeAndAgainAfterwards() throws Exception {
        Source source = source();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        ManualRuns runs = new ManualRuns((run, trigger) -> {
            assertEquals(RunTrigger.MANUAL, trigger);
            started.countDown();
            await(release);
            finished.countDown();
        });
        assertEquals(RunState.ACCEPTED, runs.start(source));
        assertTrue(started.await(5, TimeUnit.SECONDS), "the run started in the background");
        assertEquals(RunState.ALREADY_RUNNING, runs.start(source));
        release.countDown();
        assertTrue(finished.await(5, TimeUnit.SECONDS));
        awaitAccepted(runs, source);
    }

    private static void awaitAccepted(ManualRuns runs, Source source) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (runs.start(source) == RunState.ACCEPTED) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the source stayed «running» after its run ended");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Source source() throws Exception {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, """
                sources:
                  - id: manual-test
                    name: Fuente de prueba
                    state: MX-JAL
                    level: state
                    kind: state-agency
                    status: frozen
                    protocol: ocds-url
                    parameters:
                      url: http://127.0.0.1:9/none.json
                    schedule: "0 0 3 * * ?"
                """);
        return LiveRegistry.load(file).current().find("manual-test").orElseThrow();
    }
}
