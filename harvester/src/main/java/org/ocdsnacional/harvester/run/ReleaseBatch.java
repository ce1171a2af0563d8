package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.pipeline.HarvestedRelease;

import java.util.ArrayList;
import java.util.List;

/** Collects releases and hands them to the sink in batches of a fixed size. */
final class ReleaseBatch {

    private final HarvestSink sink;
    private final int size;
    private final Runnable afterFlush;
    private final List<HarvestedRelease> pending;

    ReleaseBatch(HarvestSink sink, int size, Runnable afterFlush) {
        this.sink = sink;
        this.size = size;
        this.afterFlush = afterFlush;
        this.pending = new ArrayList<>(size);
    }

    void add(HarvestedRelease release) {
        pending.add(release);
        if (pending.size() >= size) {
            flush();
        }
    }

    /** Hands over what is pending; nothing is handed twice, even when the sink fails. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<HarvestedRelease> batch = List.copyOf(pending);
        pending.clear();
        sink.accept(batch);
        afterFlush.run();
    }
}
