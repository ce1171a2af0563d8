package org.ocdsnacional.benchmarks;

/** Runs a piece of work repeatedly for a while and says how many times per second it ran. */
final class Timing {

    private Timing() {
    }

    /** Work done once per call, counted in units (processes, releases...). */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    /** Units per second of {@code work}, repeated for at least {@code seconds} after one untimed warm-up call. */
    static double rate(Work work, double seconds) throws Exception {
        work.run();
        long units = 0;
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            units += work.run();
        }
        return units / ((System.nanoTime() - start) / 1e9);
    }
}
