package org.ocdsnacional.ocds.compile;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * Releases sorted by ocid (then reading order) in bounded memory: while they come, they are held until they weigh
 * {@code budget} bytes, then sorted and written to a temporary file (a run); at the end the runs are merged,
 * {@value #MOST_OPEN} at a time. Input that fits the budget is never written out. The temporary files are deleted on
 * {@link #close}.
 */
final class OcidSort implements AutoCloseable {

    private static final int MOST_OPEN = 64;
    private static final int BUFFER = 1 << 16;

    private final long budget;
    private final List<SortedRelease> held = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private long heldWeight;
    private Path folder;

    /** @param budget most bytes of releases held in memory before a run is written out */
    OcidSort(long budget) {
        this.budget = budget;
    }

    void add(SortedRelease release) throws IOException {
        held.add(release);
        heldWeight += release.weight();
        if (heldWeight >= budget) {
            spill();
        }
    }

    /** Whether releases had to be written to temporary files. */
    boolean spilled() {
        return !runs.isEmpty();
    }

    /** Hands over the releases of each ocid together, in ocid order; call once, after the last {@link #add}. */
    void forEachGroup(GroupConsumer consumer) throws IOException {
        if (runs.isEmpty()) {
            Collections.sort(held);
            groups(held.iterator(), consumer);
            return;
        }
        spill();
        while (runs.size() > MOST_OPEN) {
            List<Path> some = new ArrayList<>(runs.subList(0, MOST_OPEN));
            runs.subList(0, MOST_OPEN).clear();
            runs.add(mergeToRun(some));
        }
        try (Merged merged = new Merged(runs)) {
            groups(merged, consumer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What receives the releases of one ocid, in reading order. */
    @FunctionalInterface
    interface GroupConsumer {
        void group(String ocid, List<SortedRelease> releases) throws IOException;
    }

    private static void groups(Iterator<SortedRelease> sorted, GroupConsumer consumer) throws IOException {
        List<SortedRelease> group = new ArrayList<>();
        while (sorted.hasNext()) {
            SortedRelease release = sorted.next();
            if (!group.isEmpty() && !group.getFirst().ocid().equals(release.ocid())) {
                consumer.group(group.getFirst().ocid(), group);
                group = new ArrayList<>();
            }
            group.add(release);
        }
        if (!group.isEmpty()) {
            consumer.group(group.getFirst().ocid(), group);
        }
    }

    private void spill() throws IOException {
        if (held.isEmpty()) {
            return;
        }
        Collections.sort(held);
        runs.add(write(held.iterator()));
        held.clear();
        heldWeight = 0;
    }

    private Path mergeToRun(List<Path> some) throws IOException {
        Path run;
        try (Merged merged = new Merged(some)) {
            run = write(merged);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : some) {
            Files.deleteIfExists(file);
        }
        return run;
    }

    private Path write(Iterator<SortedRelease> releases) throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("ocds-compile-");
        }
        Path run = Files.createTempFile(folder, "run-", ".bin");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run),
                BUFFER))) {
            while (releases.hasNext()) {
                SortedRelease release = releases.next();
                byte[] ocid = release.ocid().getBytes(StandardCharsets.UTF_8);
                out.writeBoolean(true);
                out.writeInt(ocid.length);
                out.write(ocid);
                out.writeLong(release.sequence());
                out.writeInt(release.packageIndex());
                out.writeInt(release.json().length);
                out.write(release.json());
            }
            out.writeBoolean(false);
        }
        return run;
    }

    @Override
    public void close() throws IOException {
        held.clear();
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** The releases of several runs, in order. */
    private static final class Merged implements Iterator<SortedRelease>, AutoCloseable {

        private final PriorityQueue<Run> queue = new PriorityQueue<>();
        private final List<Run> open = new ArrayList<>();

        Merged(List<Path> files) throws IOException {
            try {
                for (Path file : files) {
                    Run run = new Run(file);
                    open.add(run);
                    if (run.current != null) {
                        queue.add(run);
                    }
                }
            } catch (IOException e) {
                close();
                throw e;
            }
        }

        @Override
        public boolean hasNext() {
            return !queue.isEmpty();
        }

        @Override
        public SortedRelease next() {
            Run run = queue.poll();
            if (run == null) {
                throw new NoSuchElementException();
            }
            SortedRelease release = run.current;
            try {
                run.advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (run.current != null) {
                queue.add(run);
            }
            return release;
        }

        @Override
        public void close() throws IOException {
            for (Run run : open) {
                run.in.close();
            }
        }
    }

    /** One run being read, at its current release. */
    private static final class Run implements Comparable<Run> {

        private final DataInputStream in;
        private SortedRelease current;

        Run(Path file) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER));
            advance();
        }

        void advance() throws IOException {
            if (!in.readBoolean()) {
                current = null;
                return;
            }
            String ocid = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            long sequence = in.readLong();
            int packageIndex = in.readInt();
            current = new SortedRelease(ocid, sequence, packageIndex, in.readNBytes(in.readInt()));
        }

        @Override
        public int compareTo(Run other) {
            return current.compareTo(other.current);
        }
    }
}
