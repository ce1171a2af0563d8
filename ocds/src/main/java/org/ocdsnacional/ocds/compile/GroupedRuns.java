package org.ocdsnacional.ocds.compile;

import org.ocdsnacional.ocds.model.Release;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Releases gathered into runs of one ocid as they come, each run compiled as soon as a release of another ocid
 * follows it, while its trees are at hand: most packages hold each process's releases together, and a process whose
 * releases all come in one run is then written from the bytes of its run, without reading its releases again
 * ({@link SortedRun}). When the input does not look grouped (more than one run in {@value #REPEATS_TOLERATED}
 * starts with an ocid seen before), runs are no longer compiled as they come, since most would be compiled again
 * with the rest of their process; they are again when it does. A run longer than {@value #MOST_BYTES} bytes is cut,
 * so that the trees held do not grow with the input.
 */
final class GroupedRuns {

    private static final int REPEATS_TOLERATED = 8;
    private static final long MOST_BYTES = 4L << 20;

    private final RunCompiler compiler;
    private final OcidSort sort;
    private final OcidsSeen seen = new OcidsSeen();
    private final List<Release> trees = new ArrayList<>();
    private final List<byte[]> releases = new ArrayList<>();
    private String ocid;
    private long sequence;
    private int packageIndex;
    private long bytes;
    /** Whether the run being gathered continues one that was cut. */
    private boolean cut;
    private long runs;
    private long repeats;

    GroupedRuns(RunCompiler compiler, OcidSort sort) {
        this.compiler = compiler;
        this.sort = sort;
    }

    /** Compiles the releases of one run, as the record of their process would have them; null when they warn. */
    @FunctionalInterface
    interface RunCompiler {
        Compiled compile(int packageIndex, List<Release> releases) throws IOException;
    }

    /** A run's compiled release, and its versioned release when asked for, as compact UTF-8 JSON. */
    record Compiled(byte[] compiled, byte[] versioned) {
    }

    /**
     * One release more, in reading order.
     *
     * @param json the release as compact UTF-8 JSON, as it goes into its record
     */
    void add(Release release, byte[] json, long sequenceRead, int packageOf) throws IOException {
        String releaseOcid = release.ocid();
        boolean same = releaseOcid.equals(ocid);
        if (ocid != null && (!same || bytes >= MOST_BYTES)) {
            end(!same && !cut);
            cut = same;
        }
        if (ocid == null) {
            start(releaseOcid, sequenceRead, packageOf);
        }
        trees.add(release);
        releases.add(json);
        bytes += json.length;
    }

    /** The last run to the sort; call once, after the last {@link #add}. */
    void finish() throws IOException {
        if (ocid != null) {
            end(!cut);
        }
    }

    private void start(String runOcid, long first, int packageOf) {
        ocid = runOcid;
        sequence = first;
        packageIndex = packageOf;
        if (cut) {
            return;
        }
        runs++;
        if (seen.add(runOcid)) {
            repeats++;
        }
    }

    /** The run to the sort, compiled when it may be all of its process's releases and the input looks grouped. */
    private void end(boolean mayBeWhole) throws IOException {
        Compiled compiled = mayBeWhole && repeats * REPEATS_TOLERATED <= runs
                ? compiler.compile(packageIndex, trees) : null;
        sort.add(new SortedRun(ocid, sequence, packageIndex, releases,
                compiled == null ? null : compiled.compiled(), compiled == null ? null : compiled.versioned()));
        ocid = null;
        trees.clear();
        releases.clear();
        bytes = 0;
    }

    /**
     * Which ocids have started a run already, as far as a fixed bitmap of their hashes tells: a collision takes a new
     * ocid for a repeat, which only makes compiling as they come stop sooner.
     */
    private static final class OcidsSeen {

        private static final int BITS = 1 << 23;

        private final long[] words = new long[BITS / Long.SIZE];

        /** Marks {@code ocid}; whether it was marked already. */
        boolean add(String ocid) {
            int hash = ocid.hashCode();
            int bit = (hash ^ hash >>> 16) & (BITS - 1);
            long mask = 1L << bit;
            int word = bit >>> 6;
            boolean was = (words[word] & mask) != 0;
            words[word] |= mask;
            return was;
        }
    }
}
