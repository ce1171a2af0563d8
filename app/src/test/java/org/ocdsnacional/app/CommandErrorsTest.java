package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a user who makes a mistake sees: the command checks its arguments before starting anything (OpenSearch is
 * never started, its data folder never created), says what is wrong in Spanish and English without a stack trace,
 * and exits with a documented status.
 */
class CommandErrorsTest {

    private static final String REGISTRY = """
            sources:
              - id: %s
                name: Fuente de prueba
                state: MX-JAL
                level: state
                kind: state-agency
                status: %s
                protocol: ocds-url
                parameters:
                  url: http://127.0.0.1:9/paquete.json
                schedule: "0 0 3 * * ?"
            """;

    @TempDir
    Path dir;

    @Test
    void harvestOfAnUnknownSourceSaysWhichExistBeforeStartingAnything() throws IOException {
        Run run = run("harvest", "--source", "nope", "--set", "registry.path=" + registry("jalisco-test", "active"),
                "--set", "opensearch.data-dir=" + dir.resolve("opensearch"));

        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run.output());
        assertTrue(run.output().contains("No hay una fuente «nope»") && run.output().contains("No source «nope»")
                && run.output().contains("jalisco-test"), run.output());
        assertNoStackTrace(run);
        assertFalse(Files.exists(dir.resolve("opensearch")), "OpenSearch was started");
    }

    @Test
    void harvestOfARetiredSourceIsRefused() throws IOException {
        Run run = run("harvest", "--source", "old-test", "--set", "registry.path=" + registry("old-test", "retired"),
                "--set", "opensearch.data-dir=" + dir.resolve("opensearch"));

        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run.output());
        assertTrue(run.output().contains("está retirada") && run.output().contains("is retired"), run.output());
        assertNoStackTrace(run);
        assertFalse(Files.exists(dir.resolve("opensearch")));
    }

    @Test
    void aDataFolderInUseIsSaidWithoutAStackTrace() throws IOException {
        Path data = dir.resolve("opensearch");
        try (DataFolderLock held = DataFolderLock.take(data)) {
            Run run = run("harvest", "--source", "jalisco-test", "--set", "registry.path="
                    + registry("jalisco-test", "active"), "--set", "opensearch.data-dir=" + data);

            assertEquals(ExitStatus.CANNOT_RUN, run.status(), run.output());
            assertTrue(run.output().contains("está en uso por otro proceso de ocds-nacional (pid "
                    + ProcessHandle.current().pid() + ")") && run.output().contains("is in use"), run.output());
            assertNoStackTrace(run);
        }
        try (Stream<Path> files = Files.list(data)) {
            assertEquals(List.of(data.resolve("ocds-nacional.lock")), files.toList(), "OpenSearch was started");
        }
    }

    @Test
    void serveOnAPortInUseSaysSoBeforeStartingAnything() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = run("serve", "--port", Integer.toString(taken.getLocalPort()), "--set", "server.host=127.0.0.1",
                    "--set", "registry.path=" + registry("jalisco-test", "active"),
                    "--set", "opensearch.data-dir=" + dir.resolve("opensearch"));

            assertEquals(ExitStatus.CANNOT_RUN, run.status(), run.output());
            assertTrue(run.output().contains("El puerto " + taken.getLocalPort() + " está ocupado"), run.output());
            assertNoStackTrace(run);
            assertFalse(Files.exists(dir.resolve("opensearch")));
        }
    }

    @Test
    void generateRefusesArgumentsThatCannotWork() {
        List<String[]> mistakes = List.of(
                new String[]{"generate", "--processes", "0", "--out", dir.toString()},
                new String[]{"generate", "--processes", "5", "--out", dir.toString(), "--per-file", "0"},
                new String[]{"generate", "--processes", "5", "--out", dir.toString(), "--invalid-share", "2"},
                new String[]{"generate", "--processes", "5", "--out", dir.toString(), "--releases-per-process", "9"},
                new String[]{"generate", "--processes", "5", "--out", dir.toString(), "--format", "csv"},
                new String[]{"generate", "--processes", "5", "--serve", "0", "--protocol", "ftp"},
                new String[]{"generate", "--processes", "5"});
        List<String> wrong = new ArrayList<>();
        for (String[] args : mistakes) {
            Run run = run(args);
            if (run.status() != ExitStatus.CANNOT_RUN || !run.output().contains(" / ") || hasStackTrace(run)) {
                wrong.add(String.join(" ", args) + " -> " + run.status() + " " + run.output());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void argumentsThatCannotBeUnderstoodAreSaidInSpanishAndEnglishWithWhereTheHelpIs() {
        List<String[]> mistakes = List.of(new String[]{"harvest"}, new String[]{"harvest", "--source", "x", "--nope"},
                new String[]{"generate", "--processes", "muchos", "--out", dir.toString()}, new String[]{"hrvest"});
        List<String> wrong = new ArrayList<>();
        for (String[] args : mistakes) {
            Run run = run(args);
            boolean bilingual = run.output().startsWith("Falta / Missing: --source=ID")
                    || run.output().startsWith("Argumento desconocido / Unknown argument: ")
                    || run.output().startsWith("Valor no válido para / Invalid value for --processes=N: «muchos»");
            if (run.status() != ExitStatus.CANNOT_RUN || !bilingual || !run.output().contains("Ayuda / Help: ")
                    || hasStackTrace(run)) {
                wrong.add(String.join(" ", args) + " -> " + run.status() + " " + run.output());
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(run("hrvest").output().contains("¿Quiso decir? / Did you mean? harvest"));
    }

    @Test
    void validateSaysWhyItCannotOpenWhatItWasGiven() {
        Run folder = run("validate", dir.toString());
        Run ftp = run("validate", "ftp://datos.example.gob.mx/paquete.json");

        assertEquals(ExitStatus.CANNOT_RUN, folder.status(), folder.output());
        assertTrue(folder.output().contains("es una carpeta, no un archivo"), folder.output());
        assertEquals(ExitStatus.CANNOT_RUN, ftp.status(), ftp.output());
        assertTrue(ftp.output().contains("no «ftp:»"), ftp.output());
        assertNoStackTrace(folder);
        assertNoStackTrace(ftp);
    }

    @Test
    void anUnexpectedErrorIsOneLinePointingToTheLog() {
        Run run = run(command -> command.addSubcommand("boom", new Boom()), "boom");

        assertEquals(ExitStatus.UNEXPECTED, run.status(), run.output());
        assertTrue(run.output().contains("Error inesperado") && run.output().contains("Unexpected error")
                && run.output().contains(LogFile.current().toString()), run.output());
        assertNoStackTrace(run);
    }

    @Test
    void helpListsTheExitStatusesOfEveryCommand() {
        for (String name : List.of("serve", "harvest", "validate", "generate", "conformance", "lib-cove")) {
            Run help = run("help", name);

            assertEquals(ExitStatus.DONE, help.status(), help.output());
            assertTrue(help.output().contains("Uso / Usage: ocds-nacional " + name), help.output());
            assertTrue(help.output().contains("Muestra esta ayuda / Show this help message"), help.output());
            assertTrue(help.output().contains("Exit status:") && help.output().contains("  0 ")
                    && help.output().contains("  2 ") && help.output().contains("  3 "), name + ": " + help.output());
        }
        assertTrue(run("help").output().contains("Exit status:"));
    }

    @Command(name = "boom")
    private static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a defect");
        }
    }

    private Path registry(String id, String status) throws IOException {
        Path file = dir.resolve("registry.yaml");
        Files.writeString(file, REGISTRY.formatted(id, status));
        return file;
    }

    private static void assertNoStackTrace(Run run) {
        assertFalse(hasStackTrace(run), run.output());
    }

    private static boolean hasStackTrace(Run run) {
        return run.output().contains("\tat ") || run.output().contains("Exception:")
                || run.output().contains("Caused by");
    }

    private static Run run(String... args) {
        return run(UnaryOperator.identity(), args);
    }

    /** Runs the command line (as {@code customize} makes it), with what it prints to either stream. */
    private static Run run(UnaryOperator<CommandLine> customize, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);
            CommandLine command = customize.apply(Main.commandLine());
            command.setOut(new PrintWriter(both, true));
            command.setErr(new PrintWriter(both, true));
            int status = command.execute(args);
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private record Run(int status, String output) {
    }
}
