package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.registry.RegistryLoader;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.run.HarvestSink;
import org.ocdsnacional.harvester.run.Harvester;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One harvest of the registry's {@code bench} source through the real harvester (HTTP, unpacking, streaming reader,
 * hashing, schema validation), into a sink that only counts, then prints the run, the peak heap, the most heap in
 * use after any garbage collection ({@link HeapAfterGc}) and the peak RSS of this JVM. Run by
 * {@link MemoryBenchmark} in a JVM of its own with a small heap. With {@code -Dmemory.trace=true} it also prints,
 * every 2 seconds, the releases handed so far and the heap after the latest collection.
 *
 * <p>Usage: {@code HarvestOnly registry.yaml workDir schemaMirror}.
 */
public final class HarvestOnly {

    private HarvestOnly() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Source source = RegistryLoader.load(Path.of(args[0])).find("bench").orElseThrow();
        Path work = Path.of(args[1]);
        AtomicLong handed = new AtomicLong();
        HarvestSink counting = new HarvestSink() {
            @Override
            public void runStarted(HarvestRun run) {
            }

            @Override
            public void accept(List<HarvestedRelease> batch) {
                handed.addAndGet(batch.size());
            }

            @Override
            public void runFinished(HarvestRun run) {
            }
        };
        Harvester harvester = Harvester.builder()
                .validator(SchemaReleaseValidator.create(MirrorSchemaSource.of(Path.of(args[2])), mapper))
                .fetchers(HttpFetcher.factory(work)).adapters(ProtocolAdapters.standard(mapper))
                .sink(counting).mapper(mapper).build();
        HeapAfterGc afterGc = HeapAfterGc.listen();
        if (Boolean.getBoolean("memory.trace")) {
            Thread.ofPlatform().daemon().start(() -> trace(handed, afterGc));
        }
        long start = System.nanoTime();
        HarvestRun run = harvester.harvest(source, RunTrigger.COMMAND_LINE, ProgressListener.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("RESULT %s releases=%d handed=%d bytes=%d seconds=%.1f peakHeapMiB=%d maxHeapAfterGcMiB=%d "
                        + "gcs=%d peakRssMiB=%d%n",
                run.state(), run.counts().releases(), handed.get(), run.counts().bytes(), seconds,
                peakHeap() >> 20, afterGc.max() >> 20, afterGc.collections(), peakRssKiB() >> 10);
    }

    private static void trace(AtomicLong handed, HeapAfterGc afterGc) {
        try {
            while (true) {
                Thread.sleep(2_000);
                System.out.printf("TRACE handed=%d afterGcMiB=%d maxAfterGcMiB=%d gcs=%d%n", handed.get(),
                        afterGc.last() >> 20, afterGc.max() >> 20, afterGc.collections());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(usage -> usage.getUsed()).sum();
    }

    /** VmHWM: the most resident memory this process ever had. */
    private static long peakRssKiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
    }
}
