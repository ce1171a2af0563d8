package org.ocdsnacional.app;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of Debian's {@code postgresql} package for one test: its own cluster in a temporary folder,
 * listening on a free loopback port, with trust authentication for the user {@code ocds}. PostgreSQL refuses to run
 * as root, so as root its programs run as the {@code postgres} user. Absent PostgreSQL skips the test with a clear
 * message, unless {@code CI} is set ({@code .ci/run} installs it): then the test fails.
 */
final class LocalPostgres implements AutoCloseable {

    static final String USER = "ocds";
    private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

    private final Path bin;
    private final Path folder;
    private final int port;

    private LocalPostgres(Path bin, Path folder, int port) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    /** Starts a new server; skips the test when PostgreSQL is not installed and {@code CI} is unset. */
    static LocalPostgres start() throws IOException, InterruptedException {
        Optional<Path> bin = binaries();
        if (bin.isEmpty()) {
            String message = "PostgreSQL is not installed (no " + DEBIAN + "/<version>/bin/initdb): apt-get install "
                    + "postgresql, as .ci/run does";
            if (System.getenv("CI") != null) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path folder = Files.createTempDirectory("ocds-postgres-");
        if (runningAsRoot()) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
        }
        LocalPostgres server = new LocalPostgres(bin.get(), folder, freePort());
        server.run("initdb", "-D", folder.resolve("data").toString(), "-U", USER, "--auth=trust", "-E", "UTF8",
                "--no-sync");
        server.run("pg_ctl", "-D", folder.resolve("data").toString(), "-l", folder.resolve("server.log").toString(),
                "-o", "-p " + server.port + " -h 127.0.0.1 -k " + folder + " -c fsync=off", "-w", "-t", "60",
                "start");
        return server;
    }

    /** The JDBC URL of its {@code postgres} database. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() {
        try {
            run("pg_ctl", "-D", folder.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (IOException | InterruptedException | AssertionError e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + folder + ": " + e.getMessage());
        }
    }

    private void run(String program, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (runningAsRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve(program + ".out").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError(program + " failed: " + Files.readString(folder.resolve(program + ".out")));
        }
    }

    /** The newest installed version's programs. */
    private static Optional<Path> binaries() throws IOException {
        if (!Files.isDirectory(DEBIAN)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> versionOf(bin.getParent())));
        }
    }

    private static int versionOf(Path folder) {
        try {
            return Integer.parseInt(folder.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
