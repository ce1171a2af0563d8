package org.ocdsnacional.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command run as a child process and measured as the kernel counts it: wall time, user and system CPU time of the
 * child and everything it waited for ({@code getrusage} of the child, through GNU time's {@code wait4}), its peak
 * resident memory, and the machine's load average before and after.
 *
 * @param wall      seconds by the wall clock
 * @param user      CPU-seconds in user mode
 * @param system    CPU-seconds in the kernel
 * @param maxRssKb  peak resident set, KiB
 * @param status    exit status
 * @param loadBefore the load average before it started
 * @param loadAfter  the load average when it ended
 * @param output     what it printed on standard output, when not sent to a file (the last 4 KiB)
 */
record ChildRun(double wall, double user, double system, long maxRssKb, int status, String loadBefore,
                String loadAfter, String output) {

    private static final Path TIME = Path.of("/usr/bin/time");
    private static final int KEPT_OUTPUT = 4096;

    /** CPU-seconds, user and system. */
    double cpu() {
        return user + system;
    }

    /**
     * Runs {@code command} in {@code folder}, its standard output to {@code stdout} when given (else kept), standard
     * error to {@code stderr}.
     */
    static ChildRun of(List<String> command, Path folder, Path stdout, Path stderr) throws IOException,
            InterruptedException {
        if (!Files.isExecutable(TIME)) {
            throw new IllegalStateException("GNU time is needed to measure a child's CPU time: apt-get install time");
        }
        Path times = Files.createTempFile("bench-time-", ".txt");
        Path kept = stdout != null ? stdout : Files.createTempFile("bench-out-", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-q", "-f", "%e %U %S %M", "-o",
                    times.toString()));
            timed.addAll(command);
            String before = Load.now();
            Process process = new ProcessBuilder(timed).directory(folder.toFile())
                    .redirectOutput(kept.toFile()).redirectError(stderr.toFile()).start();
            process.getOutputStream().close();
            int status = process.waitFor();
            String after = Load.now();
            String[] fields = lastLine(Files.readString(times)).trim().split("\\s+");
            return new ChildRun(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]),
                    Double.parseDouble(fields[2]), Long.parseLong(fields[3]), status, before, after,
                    stdout != null ? "" : tail(kept));
        } finally {
            Files.deleteIfExists(times);
            if (stdout == null) {
                Files.deleteIfExists(kept);
            }
        }
    }

    /** One line for a table: wall, CPU (user + system), peak memory, load before → after. */
    String describe() {
        return String.format("%7.1f s wall %7.1f CPU-s (%.1f user + %.1f sys) %6d MiB peak  [%s → %s]%s", wall,
                cpu(), user, system, maxRssKb >> 10, loadBefore, loadAfter, status == 0 ? "" : "  exit " + status);
    }

    private static String lastLine(String text) {
        String[] lines = text.trim().split("\n");
        return lines[lines.length - 1];
    }

    private static String tail(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int from = Math.max(0, bytes.length - KEPT_OUTPUT);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }
}
