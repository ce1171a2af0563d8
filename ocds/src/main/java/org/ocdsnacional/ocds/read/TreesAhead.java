package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Consumer;

/**
 * Release trees built on a helper thread from the bytes of each release, while the reading thread goes on
 * through the JSON: a {@link SkippingParser} jumps over each release (the tree builder checks its bytes), another
 * parser reads through it (and checks it). The trees go to their uses in document order, on the reading thread.
 * Releases travel in batches ({@link ReleaseBatch}), so that the threads meet seldom; the helper starts with the
 * first full batch. At most {@value #MAX_WAITING} batches, and {@value #MAX_WAITING_BYTES} bytes of them, wait at
 * a time; when more do, the
 * reading thread builds the newest itself, or waits for the oldest. When the helper turns out to share its core
 * ({@link HelperCore}), the reading thread builds each tree itself as it jumps over it, for a while: on one core
 * that costs less than handing trees over (and less than Jackson's own tree reading).
 */
final class TreesAhead implements ReleaseTrees {

    private static final int MAX_WAITING = 8;
    private static final long MAX_WAITING_BYTES = 4 << 20;
    /** Batches sent between two looks at whether the helper has a core of its own. */
    private static final int LOOK_EVERY = 128;
    /** Releases built on the reading thread when the helper had no core of its own, before trying it again. */
    private static final int IN_PLACE = 16_384;

    private final TreeBuilder builder;
    private final ReleaseTrees inPlace;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private final BlockingDeque<FutureTask<ReleaseBatch.Built>> unbuilt = new LinkedBlockingDeque<>();
    private final HelperCore helperCore = new HelperCore();
    private ReleaseBatch filling = new ReleaseBatch();
    private int sentSinceLook;
    private int inPlaceLeft;
    private long waitingBytes;
    private Thread helper;

    /**
     * @param builder builds a tree from the bytes of one release
     * @param inPlace for a release whose bytes are not at hand (the parser reads decoded text, or no
     *                {@link RecentBytes}): read in place
     */
    TreesAhead(TreeBuilder builder, ReleaseTrees inPlace) {
        this.builder = builder;
        this.inPlace = inPlace;
    }

    /** Builds a tree from the UTF-8 bytes of one JSON object. */
    @FunctionalInterface
    interface TreeBuilder {
        /**
         * @param offset where the bytes start in the input, for the position of an error
         */
        ObjectNode tree(byte[] json, long offset) throws IOException;
    }

    @Override
    public void next(JsonParser p, Consumer<ObjectNode> use) throws IOException {
        long start = p.currentTokenLocation().getByteOffset();
        if (!(p.getInputSource() instanceof RecentBytes input) || start < 0 || !input.hold(start)) {
            settle();
            inPlace.next(p, use);
            return;
        }
        if (!(p instanceof SkippingParser skipping) || !skipping.jumpOverObject(start)) {
            p.skipChildren();
        }
        byte[] json = input.copy(start, p.currentTokenLocation().getByteOffset() + 1);
        if (inPlaceLeft > 0) {
            settle();
            inPlaceLeft--;
            use.accept(builder.tree(json, start));
            return;
        }
        filling.add(json, start, use);
        if (filling.full()) {
            send();
            startHelper();
            lookAtHelper();
            handOverBuilt();
            while (waiting.size() > MAX_WAITING || waitingBytes > MAX_WAITING_BYTES) {
                helpOrWait();
            }
        }
    }

    @Override
    public void settle() throws IOException {
        if (!filling.isEmpty()) {
            send();
        }
        while (!waiting.isEmpty()) {
            helpOrWait();
        }
    }

    @Override
    public void close() {
        drop();
        if (helper != null) {
            helper.interrupt();
        }
    }

    /** The batch being filled goes to be built. */
    private void send() {
        ReleaseBatch batch = filling;
        filling = new ReleaseBatch();
        FutureTask<ReleaseBatch.Built> task = new FutureTask<>(() -> batch.build(builder));
        waiting.add(new Waiting(task, batch));
        waitingBytes += batch.bytes();
        unbuilt.add(task);
    }

    /** Now and then: a helper that shares its core does not pay, so releases are built in place for a while. */
    private void lookAtHelper() {
        if (++sentSinceLook < LOOK_EVERY) {
            return;
        }
        sentSinceLook = 0;
        if (helperCore.sharesItsCore()) {
            inPlaceLeft = IN_PLACE;
        }
    }

    /** With the first full batch: packages of fewer releases are built on the reading thread alone. */
    private void startHelper() {
        if (helper == null) {
            helper = Thread.ofPlatform().daemon().name("ocds-reader-trees").start(this::build);
        }
    }

    /** The helper: builds batches in the order they were sent until closed, timing those it builds. */
    private void build() {
        boolean timed = HelperCore.measurable();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                FutureTask<ReleaseBatch.Built> task = unbuilt.takeFirst();
                if (!timed || task.isDone()) {
                    task.run();
                    continue;
                }
                long wall = System.nanoTime();
                long cpu = HelperCore.cpuNow();
                task.run();
                helperCore.built(System.nanoTime() - wall, HelperCore.cpuNow() - cpu);
            }
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }

    private void handOverBuilt() throws IOException {
        while (!waiting.isEmpty() && waiting.peekFirst().task.isDone()) {
            handOverOldest();
        }
    }

    /** Builds the newest batch not yet started, or, with none left, waits for the oldest and hands it over. */
    private void helpOrWait() throws IOException {
        handOverBuilt();
        if (waiting.isEmpty()) {
            return;
        }
        FutureTask<ReleaseBatch.Built> newest = unbuilt.pollLast();
        if (newest != null) {
            newest.run();
        } else {
            handOverOldest();
        }
    }

    private void handOverOldest() throws IOException {
        Waiting oldest = waiting.pollFirst();
        waitingBytes -= oldest.batch.bytes();
        boolean handedOver = false;
        try {
            oldest.task.run();
            built(oldest.task).handOver();
            handedOver = true;
        } finally {
            if (!handedOver) {
                drop();
            }
        }
    }

    private void drop() {
        waiting.forEach(w -> w.task.cancel(false));
        waiting.clear();
        unbuilt.clear();
        filling = new ReleaseBatch();
        waitingBytes = 0;
    }

    private static ReleaseBatch.Built built(FutureTask<ReleaseBatch.Built> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrumpido al esperar releases / Interrupted waiting for releases");
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static IOException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException unchecked) {
            throw unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }

    /** A batch sent, its trees built or to be built. */
    private record Waiting(FutureTask<ReleaseBatch.Built> task, ReleaseBatch batch) {
    }
}
