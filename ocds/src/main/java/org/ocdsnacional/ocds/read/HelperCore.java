package org.ocdsnacional.ocds.read;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Whether the helper thread of {@link TreesAhead} has a core of its own while it builds trees: the CPU time it gets
 * over the wall-clock time it spends building. When it shares a core (another busy process, a second reading), each
 * tree costs the machine more than building it on the reading thread would, and the helper does not pay. The
 * helper reports each batch it builds; the reading thread asks now and then, about what was built since.
 */
final class HelperCore {

    /** Below this share of a core while building, the helper is taken to share its core. */
    static final double OWN_CORE = 0.75;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private long wall;
    private long cpu;
    private int lowInARow;

    /** Where the helper's own time comes from: nothing to measure without per-thread CPU time. */
    static boolean measurable() {
        return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    }

    /** The CPU time of the calling thread, in nanoseconds. */
    static long cpuNow() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The helper built a batch in {@code wallNanos}, of which it ran {@code cpuNanos}. */
    synchronized void built(long wallNanos, long cpuNanos) {
        wall += wallNanos;
        cpu += cpuNanos;
    }

    /**
     * Over what was built since the last question: whether the helper got less than {@value #OWN_CORE} of a core
     * while building, this time and the time before (one short stretch can be a pause of the collector or another
     * process starting).
     */
    synchronized boolean sharesItsCore() {
        boolean low = wall > 0 && cpu < OWN_CORE * wall;
        lowInARow = low ? lowInARow + 1 : 0;
        wall = 0;
        cpu = 0;
        if (lowInARow < 2) {
            return false;
        }
        lowInARow = 0;
        return true;
    }
}
