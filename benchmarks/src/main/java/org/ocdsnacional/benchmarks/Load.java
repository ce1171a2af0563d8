package org.ocdsnacional.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's load average (1, 5 and 15 minutes, from {@code /proc/loadavg}), printed before and after each side of
 * a comparison: on a shared machine it says what else ran meanwhile.
 */
final class Load {

    private static final Path LOADAVG = Path.of("/proc/loadavg");

    private Load() {
    }

    /** "load 5.12 4.80 4.02", or what the JVM knows (the last minute) where there is no /proc. */
    static String now() {
        try {
            String[] fields = Files.readString(LOADAVG).trim().split("\\s+");
            return "load " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return String.format("load %.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    /** The load average of the last minute. */
    static double lastMinute() {
        try {
            return Double.parseDouble(Files.readString(LOADAVG).trim().split("\\s+")[0]);
        } catch (IOException | NumberFormatException e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }
}
