package org.ocdsnacional.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The commands as the launcher runs them (a JVM of their own, with {@code deploy/jvm.options} and the shipped
 * {@code log4j2.xml}) print nothing on the console that a user cannot act on: no JVM, Helidon, Log4j or OpenSearch
 * warnings about their own set-up; and {@code serve} and {@code harvest} each write their own log file.
 */
class QuietConsoleIT {

    /** What used to be printed on every start, and must not be. */
    private static final List<String> NOISE = List.of("There is no Helidon logging implementation",
            "Ignoring call to", "DanglingIndicesState", "Unable to register Log4j shutdown hook",
            "vector incubator module is not readable", "\tat ");
    private static final String INCUBATOR = "WARNING: Using incubator modules";
    private static final String REGISTRY = """
            sources:
              - id: quiet-test
                name: Fuente de prueba
                state: MX-JAL
                level: state
                kind: state-agency
                status: active
                protocol: ocds-url
                parameters:
                  url: %s
                schedule: "0 0 3 1 1 ?"
            """;

    @TempDir
    static Path work;
    private static LocalPublisher publisher;
    private static Path shared;

    @BeforeAll
    static void publish() throws IOException {
        shared = SharedFixtures.root();
        publisher = new LocalPublisher().json("/paquete.json", TestPackages.releasePackage("qt", 3).toString());
        Files.writeString(work.resolve("registry.yaml"), REGISTRY.formatted(publisher.url("/paquete.json")));
    }

    @AfterAll
    static void stop() {
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    void helpPrintsNothingOnStandardError() throws Exception {
        Child help = Child.start(work, false, "help");

        assertEquals(0, help.process().waitFor());
        assertEquals("", help.stderr(), "standard error of help");
    }

    @Test
    void serveAndHarvestPrintNoSetUpNoiseAndWriteTheirOwnLogs() throws Exception {
        Child serve = Child.start(work, true, "serve", "--port", "0", "--set", "harvest.catch-up.delay=PT0S",
                "--set", "registry.path=" + work.resolve("registry.yaml"), "--set", "opensearch.data-dir="
                        + work.resolve("opensearch"), "--set", "harvest.work-dir=" + work.resolve("work"),
                "--set", "schemas.mirror=" + shared.resolve("ocds-mirror"));
        serve.await("SUCCEEDED", Duration.ofMinutes(4));
        serve.process().destroy();
        assertTrue(serve.process().waitFor(2, TimeUnit.MINUTES), "serve stopped on SIGTERM");
        Child harvest = Child.start(work, false, "harvest", "--source", "quiet-test",
                "--set", "registry.path=" + work.resolve("registry.yaml"), "--set", "opensearch.data-dir="
                        + work.resolve("opensearch"), "--set", "harvest.work-dir=" + work.resolve("work"),
                "--set", "schemas.mirror=" + shared.resolve("ocds-mirror"));
        assertEquals(ExitStatus.DONE, harvest.process().waitFor(), harvest.stdout() + harvest.stderr());

        assertNoNoise(serve.stderr());
        assertNoNoise(harvest.stderr());
        assertFalse(harvest.stderr().contains(INCUBATOR), harvest.stderr());
        String harvestRun = harvest.stdout().lines().filter(line -> line.startsWith("Cosecha / Run "))
                .map(line -> line.substring("Cosecha / Run ".length(), line.indexOf(':'))).findFirst().orElseThrow();
        assertTrue(Files.readString(work.resolve("logs/harvest.log")).contains(harvestRun));
        assertFalse(Files.readString(work.resolve("logs/ocds-nacional.log")).contains(harvestRun),
                "the harvest command wrote into the server's log");
    }

    @Test
    void aStartUpCacheTheJvmCannotUseIsIgnoredSilently() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the ahead-of-time cache needs JDK 25 or newer");
        Path aotOptions = Path.of("../deploy/jvm-aot.options").toAbsolutePath().normalize();
        // A cache made with other JVM options (without jvm.options' native access: the mismatch an earlier attempt at
        // class-data sharing printed on every start), and a damaged one.
        Path other = work.resolve("other.aot");
        Process training = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:AOTCacheOutput=" + other, "-version").redirectErrorStream(true)
                .redirectOutput(work.resolve("training.out").toFile()).start();
        assertEquals(0, training.waitFor(), Files.readString(work.resolve("training.out")));
        Path damaged = Files.write(work.resolve("damaged.aot"),
                "not a cache".repeat(100).getBytes(StandardCharsets.UTF_8));

        for (Path cache : List.of(other, damaged)) {
            Child help = Child.start(work, List.of("@" + aotOptions, "-XX:AOTCache=" + cache), "help");

            assertEquals(0, help.process().waitFor(), help.stderr());
            assertEquals("", help.stderr(), "standard error of help with " + cache);
            assertTrue(help.stdout().startsWith("Uso / Usage"), "help's own output first, with " + cache + ": "
                    + help.stdout());
        }
    }

    private static void assertNoNoise(String stderr) {
        List<String> found = NOISE.stream().filter(stderr::contains).toList();
        assertEquals(List.of(), found, stderr);
    }

    /** A command in a JVM of its own, in {@code folder}, its output in files. */
    private record Child(Process process, Path out, Path err) {

        static Child start(Path folder, boolean server, String... args) throws IOException {
            Path deploy = Path.of("../deploy").toAbsolutePath().normalize();
            return start(folder, server ? List.of("@" + deploy.resolve("jvm-serve.options")) : List.of(), args);
        }

        /** With {@code options} after {@code jvm.options}. */
        static Child start(Path folder, List<String> options, String... args) throws IOException {
            Path deploy = Path.of("../deploy").toAbsolutePath().normalize();
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                    "@" + deploy.resolve("jvm.options")));
            command.addAll(options);
            command.addAll(List.of("-Xmx768m", "-Dlog4j2.configurationFile=classpath:log4j2.xml",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(List.of(args));
            String name = args[0];
            Path out = folder.resolve(name + ".out");
            Path err = folder.resolve(name + ".err");
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Child(process, out, err);
        }

        /** Waits until the console (either stream) shows {@code text}. */
        void await(String text, Duration patience) throws IOException, InterruptedException {
            Instant until = Instant.now().plus(patience);
            while (Instant.now().isBefore(until) && process.isAlive()) {
                if (stdout().contains(text) || stderr().contains(text)) {
                    return;
                }
                Thread.sleep(250);
            }
            throw new AssertionError("«" + text + "» not printed: " + stdout() + stderr());
        }

        String stdout() throws IOException {
            return Files.readString(out, StandardCharsets.UTF_8);
        }

        String stderr() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }
    }
}
