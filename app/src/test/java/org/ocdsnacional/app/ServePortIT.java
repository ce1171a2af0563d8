package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve} whose API port is taken: it used to print "running… http://localhost:-1/graphql" and go on with the
 * scheduler and OpenSearch but no API. Now it ends with a clear message and a non-zero status, leaving nothing
 * running.
 */
class ServePortIT {

    private static final String REGISTRY = """
            sources:
              - id: una-fuente
                name: Una fuente
                state: MX-JAL
                level: state
                kind: state-agency
                status: active
                protocol: ocds-url
                parameters:
                  url: http://127.0.0.1:9/releases.json
                schedule: "0 0 3 * * ?"
            """;

    @TempDir
    Path work;

    @Test
    void aTakenApiPortEndsServeWithAClearMessageAndNothingLeftRunning() throws Exception {
        Files.writeString(work.resolve("registry.yaml"), REGISTRY);
        Files.createDirectories(work.resolve("no-schemas"));
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        try (ServerSocket taken = new ServerSocket(0)) {
            String port = String.valueOf(taken.getLocalPort());
            Run run = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> run("serve", "--port", port,
                    "--set", "registry.path=" + work.resolve("registry.yaml"),
                    "--set", "opensearch.data-dir=" + work.resolve("opensearch"),
                    "--set", "harvest.work-dir=" + work.resolve("work"),
                    "--set", "schemas.mirror=" + work.resolve("no-schemas")), "serve must end, not run without API");

            assertEquals(2, run.status(), run.output());
            assertTrue(run.output().contains("El puerto " + port + " está ocupado por otro programa"), run.output());
            assertTrue(run.output().contains("Port " + port + " is in use by another program"), run.output());
            assertFalse(run.output().contains("is running") || run.output().contains(":-1"), run.output());
        }
        List<String> left = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.isAlive())
                .map(Thread::getName)
                .filter(name -> name.contains("Quartz") || name.contains("registry-reload"))
                .toList();
        assertEquals(List.of(), left, "no scheduler left running");
        Application again = Application.open(AppConfig.load(Optional.empty(), Map.of(
                "registry.path", work.resolve("registry.yaml").toString(),
                "opensearch.data-dir", work.resolve("opensearch").toString(),
                "harvest.work-dir", work.resolve("work").toString(),
                "schemas.mirror", work.resolve("no-schemas").toString())));
        again.close();
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CommandLine command = Main.commandLine();
            command.setErr(new PrintWriter(captured, true, StandardCharsets.UTF_8));
            int status = command.execute(args);
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Run(int status, String output) {
    }
}
