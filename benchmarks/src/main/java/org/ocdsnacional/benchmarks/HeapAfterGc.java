package org.ocdsnacional.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The heap in use right after each garbage collection of this JVM (the sum of the heap pools), as the collectors
 * report it: what survived the collection. Its maximum over a run bounds the live set from above (a young
 * collection leaves the old generation's garbage in place until a later cycle takes it), where the pools' peak
 * usage also counts all the garbage made between two collections.
 */
final class HeapAfterGc {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private final AtomicLong max = new AtomicLong();
    private final AtomicLong last = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    private HeapAfterGc() {
    }

    /** Starts listening to every collector of this JVM. */
    static HeapAfterGc listen() {
        HeapAfterGc heap = new HeapAfterGc();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    heap.collected(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()));
                }
            }, null, null);
        }
        return heap;
    }

    private void collected(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                used += pool.getValue().getUsed();
            }
        }
        last.set(used);
        max.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
    }

    /** Forgets the most seen so far: {@link #max()} then covers only what follows. */
    void reset() {
        max.set(last.get());
    }

    /** The most heap in use after any collection so far, in bytes. */
    long max() {
        return max.get();
    }

    /** The heap in use after the latest collection, in bytes. */
    long last() {
        return last.get();
    }

    long collections() {
        return collections.get();
    }
}
