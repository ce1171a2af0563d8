package org.ocdsnacional.ocds.summary;

/**
 * An estimate of how many distinct 64-bit hashes were added, in fixed memory: HyperLogLog with 2¹⁴ one-byte
 * registers (16 KiB), a standard error of about 0.8 % whatever the count, and Ertl's estimator ("New cardinality
 * estimation algorithms for HyperLogLog sketches", 2017), which needs no bias tables from small counts to large.
 * Not thread-safe.
 */
final class HyperLogLog {

    private static final int P = 14;
    private static final int M = 1 << P;
    /** Bits of a hash left after the register index: register values run from 0 to Q + 1. */
    private static final int Q = 64 - P;
    private static final double ALPHA_INF = 1 / (2 * Math.log(2));

    private final byte[] registers = new byte[M];

    void add(long hash) {
        long mixed = mix(hash);
        int index = (int) (mixed & (M - 1));
        int rank = Long.numberOfTrailingZeros((mixed >>> P) | (1L << Q)) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    long estimate() {
        int[] histogram = new int[Q + 2];
        for (byte register : registers) {
            histogram[register]++;
        }
        double z = M * tau((M - histogram[Q + 1]) / (double) M);
        for (int k = Q; k >= 1; k--) {
            z = (z + histogram[k]) * 0.5;
        }
        z += M * sigma(histogram[0] / (double) M);
        return Math.round(ALPHA_INF * M * M / z);
    }

    private static double sigma(double x) {
        if (x == 1) {
            return Double.POSITIVE_INFINITY;
        }
        double y = 1;
        double z = x;
        double previous;
        do {
            x *= x;
            previous = z;
            z += x * y;
            y += y;
        } while (previous != z);
        return z;
    }

    private static double tau(double x) {
        if (x == 0 || x == 1) {
            return 0;
        }
        double y = 1;
        double z = 1 - x;
        double previous;
        do {
            x = Math.sqrt(x);
            previous = z;
            y *= 0.5;
            z -= (1 - x) * (1 - x) * y;
        } while (previous != z);
        return z / 3;
    }

    /** The splitmix64 finaliser: every bit of the FNV-1a hash reaches the index and the rank. */
    private static long mix(long hash) {
        long h = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
