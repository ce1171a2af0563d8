package org.ocdsnacional.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory against size: a 100 MiB and a 1 GiB generated release package (default sizes; see {@link BenchPackage}),
 * each harvested in a JVM of its own with {@code -Xmx512m}, which prints its peak heap and peak RSS. Flat means the
 * harvester streams: the 1 GiB package needs no more memory than the 100 MiB one.
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
        Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                HarvestOnly.class.getName(), registry.toString(), tmp.toString(), mirror.toString())
                .redirectErrorStream(true).start();
        String result = "no result";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring("RESULT ".length());
                }
            }
        }
        process.waitFor();
        return result;
    }
}
