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
 * Runs of releases ({@link SortedRun}) sorted by ocid (then reading order) in bounded memory: while they come, they
 * are held until they weigh {@code budget} bytes, then sorted and written to a temporary file; at the end the files
 * are merged, {@value #MOST_OPEN} at a time. Input that fits the budget is never written out. The temporary files
 * are deleted on {@link #close}.
 */
final class OcidSort implements AutoCloseable {

    private static final int MOST_OPEN = 64;
    private static final int BUFFER = 1 << 16;

    private final long budget;
    private final List<SortedRun> held = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private long heldWeight;
    private Path folder;

    /** @param budget most bytes of runs held in memory before they are written out */
    OcidSort(long budget) {
        this.budget = budget;
    }

    void add(SortedRun run) throws IOException {
        held.add(run);
        heldWeight += run.weight();
        if (heldWeight >= budget) {
            spill();
        }
    }

    /** Whether releases had to be written to temporary files. */
    boolean spilled() {
        return !files.isEmpty();
    }

    /** Hands over the runs of each ocid together, in ocid order; call once, after the last {@link #add}. */
    void forEachGroup(GroupConsumer consumer) throws IOException {
        if (files.isEmpty()) {
            Collections.sort(held);
            groups(held.iterator(), consumer);
            return;
        }
        spill();
        while (files.size() > MOST_OPEN) {
            List<Path> some = new ArrayList<>(files.subList(0, MOST_OPEN));
            files.subList(0, MOST_OPEN).clear();
            files.add(mergeToFile(some));
        }
        try (Merged merged = new Merged(files)) {
            groups(merged, consumer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What receives the runs of one ocid, in reading order. */
    @FunctionalInterface
    interface GroupConsumer {
        void group(String ocid, List<SortedRun> runs) throws IOException;
    }

    private static void groups(Iterator<SortedRun> sorted, GroupConsumer consumer) throws IOException {
        List<SortedRun> group = new ArrayList<>();
        while (sorted.hasNext()) {
            SortedRun run = sorted.next();
            if (!group.isEmpty() && !group.getFirst().ocid().equals(run.ocid())) {
                consumer.group(group.getFirst().ocid(), group);
                group = new ArrayList<>();
            }
            group.add(run);
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
        files.add(write(held.iterator()));
        held.clear();
        heldWeight = 0;
    }

    private Path mergeToFile(List<Path> some) throws IOException {
        Path merged;
        try (Merged runs = new Merged(some)) {
            merged = write(runs);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path file : some) {
            Files.deleteIfExists(file);
        }
        return merged;
    }

    private Path write(Iterator<SortedRun> runs) throws IOException {
        if (folder == null) {
            folder = Files.createTempDirectory("ocds-compile-");
        }
        Path file = Files.createTempFile(folder, "run-", ".bin");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file),
                BUFFER))) {
            while (runs.hasNext()) {
                SortedRun run = runs.next();
                byte[] ocid = run.ocid().getBytes(StandardCharsets.UTF_8);
                out.writeBoolean(true);
                writeBytes(out, ocid);
                out.writeLong(run.sequence());
                out.writeInt(run.packageIndex());
                out.writeInt(run.releases().size());
                for (byte[] release : run.releases()) {
                    writeBytes(out, release);
                }
                writeBytes(out, run.compiled());
                writeBytes(out, run.versioned());
            }
            out.writeBoolean(false);
        }
        return file;
    }

    /** Its length, then the bytes; -1 for none. */
    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        if (bytes == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** What {@link #writeBytes} wrote. */
    private static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        return length < 0 ? null : in.readNBytes(length);
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

    /** The runs of several files, in order. */
    private static final class Merged implements Iterator<SortedRun>, AutoCloseable {

        private final PriorityQueue<SpillFile> queue = new PriorityQueue<>();
        private final List<SpillFile> open = new ArrayList<>();

        Merged(List<Path> files) throws IOException {
            try {
                for (Path path : files) {
                    SpillFile file = new SpillFile(path);
                    open.add(file);
                    if (file.current != null) {
                        queue.add(file);
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
        public SortedRun next() {
            SpillFile file = queue.poll();
            if (file == null) {
                throw new NoSuchElementException();
            }
            SortedRun current = file.current;
            try {
                file.advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (file.current != null) {
                queue.add(file);
            }
            return current;
        }

        @Override
        public void close() throws IOException {
            for (SpillFile file : open) {
                file.in.close();
            }
        }
    }

    /** One file being read, at its current file. */
    private static final class SpillFile implements Comparable<SpillFile> {

        private final DataInputStream in;
        private SortedRun current;

        SpillFile(Path path) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), BUFFER));
            advance();
        }

        void advance() throws IOException {
            if (!in.readBoolean()) {
                current = null;
                return;
            }
            String ocid = new String(readBytes(in), StandardCharsets.UTF_8);
            long sequence = in.readLong();
            int packageIndex = in.readInt();
            int count = in.readInt();
            List<byte[]> releases = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                releases.add(readBytes(in));
            }
            current = new SortedRun(ocid, sequence, packageIndex, releases, readBytes(in), readBytes(in));
        }

        @Override
        public int compareTo(SpillFile other) {
            return current.compareTo(other.current);
        }
    }
}
