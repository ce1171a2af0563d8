package org.ocdsnacional.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory against size: a 100 MiB and a 1 GiB generated release package (default sizes; see {@link BenchPackage}),
 * each harvested in a JVM of its own with {@code -Xmx512m} ({@code -Dmemory.xmx=128m} to ask for another cap),
 * which prints its peak heap, its heap after garbage collection (the most over the run) and its peak RSS. Flat
 * means the harvester streams: the 1 GiB package needs no more memory than the 100 MiB one. The peak heap counts
 * garbage not yet collected, and grows with the heap the collector chooses to use; the heap after collection is
 * what survived, an upper bound of the live set; a package that is harvested within a much smaller cap shows that
 * the live set stays small. {@code -Dmemory.trace=true} passes the child's trace on (see {@link HarvestOnly}).
 *
 * <p>Usage: {@code MemoryBenchmark [workDir] [schemaMirror] [sizeMiB...]}.
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/bench-memory").toAbsolutePath();
        Path mirror = Path.of(args.length > 1 ? args[1] : "../shared/ocds-mirror").toAbsolutePath();
        List<Long> sizes = args.length > 2 ? List.of(args).subList(2, args.length).stream().map(Long::parseLong)
                .toList() : List.of(100L, 1024L);
        Files.createDirectories(work);
        for (long mib : sizes) {
            Path file = work.resolve("package-" + mib + "MiB.json");
            int releases = BenchPackage.writeAtLeast(file, mib << 20) * BenchPackage.RELEASES_PER_PROCESS;
            try (FilePublisher publisher = new FilePublisher(file)) {
                Path registry = BenchRegistry.write(work, publisher.url());
                System.out.printf("%,d MiB package (%,d releases): %s%n", mib, releases,
                        child(registry, work.resolve("tmp"), mirror));
            }
            Files.delete(file);
        }
    }

    private static String child(Path registry, Path tmp, Path mirror) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx" + System.getProperty("memory.xmx", "512m"),
                "-Dmemory.trace=" + Boolean.getBoolean("memory.trace"), "-cp", System.getProperty("java.class.path"),
                HarvestOnly.class.getName(), registry.toString(), tmp.toString(), mirror.toString())
                .redirectErrorStream(true).start();
        String result = "no result";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("TRACE ") || line.contains("OutOfMemoryError")) {
                    System.out.println(line);
                }
                if (line.startsWith("RESULT ")) {
                    result = line.substring("RESULT ".length());
                }
            }
        }
        int exit = process.waitFor();
        return exit == 0 ? result : result + " (exit " + exit + ")";
    }
}
