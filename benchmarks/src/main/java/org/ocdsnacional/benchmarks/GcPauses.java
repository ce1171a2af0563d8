package org.ocdsnacional.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The stop-the-world collections of this JVM so far, counted and timed as its collectors report them (for G1, its
 * young and full collections; its concurrent cycles pause nobody and are left out). A latency benchmark takes one
 * before and after each block of requests to tell which side's tail the pauses landed in.
 *
 * @param count  collections
 * @param millis their time, in milliseconds
 */
record GcPauses(long count, long millis) {

    private static final List<GarbageCollectorMXBean> PAUSING = ManagementFactory.getGarbageCollectorMXBeans()
            .stream().filter(collector -> !collector.getName().contains("Concurrent")).toList();

    static final GcPauses NONE = new GcPauses(0, 0);

    /** The collections so far. */
    static GcPauses now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : PAUSING) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        return new GcPauses(count, millis);
    }

    /** The collections between {@code earlier} and this. */
    GcPauses since(GcPauses earlier) {
        return new GcPauses(count - earlier.count, millis - earlier.millis);
    }

    GcPauses plus(GcPauses other) {
        return new GcPauses(count + other.count, millis + other.millis);
    }

    @Override
    public String toString() {
        return count + " (" + millis + " ms)";
    }
}
