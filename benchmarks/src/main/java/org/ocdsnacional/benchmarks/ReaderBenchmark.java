package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.generator.write.FolderWriter;
import org.ocdsnacional.generator.write.OutputFormat;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.read.OcdsReader;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reading a large generated release package: {@link OcdsReader} (releases materialised one at a time) beside two
 * baselines over the same bytes in the same run, a plain Jackson streaming pass over every token and Jackson
 * streaming that materialises each release as a tree, with the peak heap of each. The reader is measured with the
 * mapper production uses (exact decimals) and with the plain one the baselines use (doubles). CPU time is the
 * process's, so that the reader's helper thread counts. Meant to run with -Xmx256m.
 *
 * <p>Arguments: size in MB of the package (default 1024), the file (default {@code target/bench/paquete.json};
 * generated if absent or of another size), rounds (default 2; each pass is printed with the load average before and
 * after it, then the best of each).
 */
public final class ReaderBenchmark {

    private static final double RELEASE_BYTES = 3_750;
    private static final double RELEASES_PER_PROCESS = 3.65;
    private static final String[] PASSES = {"Jackson streaming, every token", "Jackson streaming + readTree",
        "OcdsReader, exact decimals", "OcdsReader, doubles"};

    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long sizeMb = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path file = Path.of(args.length > 1 ? args[1] : "target/bench/paquete.json");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ObjectMapper mapper = new ObjectMapper();
        ensurePackage(file, sizeMb, mapper);
        double mb = Files.size(file) / 1e6;
        System.out.printf("Reader benchmark: %s, %.0f MB, max heap %d MB, %s%n", file, mb,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.version());
        ObjectMapper exact = Json.mapper();
        double[][] best = new double[4][2];
        long[] peaks = new long[4];
        for (int round = 0; round < rounds; round++) {
            measure(0, () -> tokens(file, mapper), mb, best, peaks);
            measure(1, () -> trees(file, mapper), mb, best, peaks);
            measure(2, () -> ocdsReader(file, exact), mb, best, peaks);
            measure(3, () -> ocdsReader(file, mapper), mb, best, peaks);
        }
        System.out.printf("%-56s %12s %14s %10s%n", "MB/s (best of " + rounds + ")", "wall clock", "per CPU-second",
                "peak heap");
        print("baseline: Jackson streaming, every token", best[0], peaks[0]);
        print("baseline: Jackson streaming + readTree per release", best[1], peaks[1]);
        print("OcdsReader, exact decimals (Json.mapper(), production)", best[2], peaks[2]);
        print("OcdsReader, doubles (plain ObjectMapper)", best[3], peaks[3]);
        ratios("exact decimals", best[2], best);
        ratios("doubles", best[3], best);
    }

    private static void ratios(String what, double[] reader, double[][] best) {
        System.out.printf("OcdsReader (%s) / Jackson tokens: %.2f wall, %.2f per CPU-second (goal >= 0.7 wall); "
                + "/ Jackson readTree: %.2f wall%n", what, reader[0] / best[0][0], reader[1] / best[0][1],
                reader[0] / best[1][0]);
    }

    /** Any counted pass over the file. */
    @FunctionalInterface
    private interface Pass {
        long run() throws Exception;
    }

    private static void measure(int slot, Pass pass, double mb, double[][] best, long[] peaks) throws Exception {
        System.gc();
        resetPeaks();
        String loadBefore = Load.now();
        Timing.Rate rate = Timing.once(() -> pass.run() > 0 ? 1 : 0);
        if (rate.wall() == 0) {
            throw new IllegalStateException("nothing read");
        }
        System.out.printf("  %-52s %6.0f MB/s %6.0f MB per CPU-s   [%s -> %s]%n", PASSES[slot], rate.wall() * mb,
                rate.cpu() * mb, loadBefore, Load.now());
        best[slot][0] = Math.max(best[slot][0], rate.wall() * mb);
        best[slot][1] = Math.max(best[slot][1], rate.cpu() * mb);
        peaks[slot] = Math.max(peaks[slot], peakHeap());
    }

    private static void print(String what, double[] rate, long peak) {
        System.out.printf("%-56s %12.0f %14.0f %7d MB%n", what, rate[0], rate[1], peak >> 20);
    }

    private static long tokens(Path file, ObjectMapper mapper) throws Exception {
        long tokens = 0;
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    private static long trees(Path file, ObjectMapper mapper) throws Exception {
        ObjectReader reader = mapper.readerFor(JsonNode.class);
        long releases = 0;
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (!name.equals("releases")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode release = reader.readValue(p);
                    releases += release.size() > 0 ? 1 : 0;
                }
            }
        }
        return releases;
    }

    private static long ocdsReader(Path file, ObjectMapper mapper) throws Exception {
        AtomicLong fields = new AtomicLong();
        long releases = OcdsReader.create(mapper).read(file, (release, info) -> fields.addAndGet(release.json()
                .size())).releases();
        return fields.get() > 0 ? releases : 0;
    }

    private static void ensurePackage(Path file, long sizeMb, ObjectMapper mapper) throws Exception {
        if (Files.exists(file) && Math.abs(Files.size(file) / 1e6 - sizeMb * 1.048576) < sizeMb * 0.1) {
            return;
        }
        int processes = (int) (sizeMb * 1024 * 1024 / RELEASE_BYTES / RELEASES_PER_PROCESS);
        System.out.printf("Generating %s (%d processes, about %d MB)...%n", file, processes, sizeMb);
        Path folder = file.toAbsolutePath().getParent();
        Path written = FolderWriter.create(mapper).write(Dataset.of(GeneratorSettings.of(processes, 7)), folder,
                OutputFormat.RELEASE_PACKAGE, processes, false).getFirst();
        Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
