package org.ocdsnacional.benchmarks;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Runs a piece of work repeatedly for a while and says how many units it did per second of wall-clock time and per
 * second of CPU time (this thread's, or for {@link #once} the process's). On a machine shared with other work the
 * two differ; the second is what the work can do when it has the cores it uses.
 */
final class Timing {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean PROCESS = ManagementFactory.getPlatformMXBean(
            OperatingSystemMXBean.class);

    private Timing() {
    }

    /** Work done once per call, counted in units (processes, releases...). */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    /** Units per second, by the wall clock and by this thread's CPU time. */
    record Rate(double wall, double cpu) {
    }

    /** The rate of {@code work}, repeated for at least {@code seconds} after {@code warmUps} untimed calls. */
    static Rate rate(Work work, double seconds, int warmUps) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            work.run();
        }
        long units = 0;
        long start = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            units += work.run();
        }
        return new Rate(units / ((System.nanoTime() - start) / 1e9),
                units / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9));
    }

    /**
     * The rate of one run of {@code work} (a long pass), no warm-up; the CPU time is the whole process's (every
     * thread the work uses, and the garbage collector's and compiler's), for work that may use more than one thread.
     */
    static Rate once(Work work) throws Exception {
        long start = System.nanoTime();
        long cpuStart = PROCESS.getProcessCpuTime();
        long units = work.run();
        return new Rate(units / ((System.nanoTime() - start) / 1e9),
                units / ((PROCESS.getProcessCpuTime() - cpuStart) / 1e9));
    }
}
