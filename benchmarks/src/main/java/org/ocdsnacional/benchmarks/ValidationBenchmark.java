package org.ocdsnacional.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Releases validated per second on one thread, all checks on, over every real release in
 * {@code shared/fixtures/real}, beside Python {@code jsonschema}'s Draft4Validator (what lib-cove-ocds is built on)
 * validating the same releases, each wrapped in an OCDS 1.1 release package, in the same run. Prints wall-clock and
 * CPU-time rates (the machine may be shared: CPU time is what the validator itself used). Asserts nothing.
 *
 * <p>Arguments: the shared folder (default {@code ../shared}), warm-up and measured seconds (default 10 and 20).
 */
public final class ValidationBenchmark {

    private static final String SCRIPT = "/validation/jsonschema_baseline.py";

    private record Published(Release release, PackageMetadata packageInfo) {
    }

    /**
     * One measurement.
     *
     * @param releases releases validated
     * @param wall     releases per second, wall clock
     * @param cpu      releases per second of the thread's CPU time
     */
    private record Rate(long releases, double wall, double cpu) {
    }

    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws IOException, ReadException, InterruptedException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        double warmUp = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double measure = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        ObjectMapper mapper = JsonMapper.builder().build();
        List<Published> releases = read(shared.resolve("fixtures/real"), mapper);
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(
                MirrorSchemaSource.of(shared.resolve("ocds-mirror")), mapper);
        run(validator, releases, warmUp);
        Rate java = run(validator, releases, measure);
        System.out.printf("%d real releases from %s%n", releases.size(), shared.resolve("fixtures/real"));
        System.out.printf("Java  (all checks, 1 thread):  %,10.0f releases/s wall, %,10.0f releases/s CPU%n",
                java.wall(), java.cpu());
        Optional<JsonNode> python = python(shared, releases, mapper, warmUp, measure);
        if (python.isEmpty()) {
            return;
        }
        double pythonWall = python.get().path("wall_per_second").asDouble();
        double pythonCpu = python.get().path("cpu_per_second").asDouble();
        System.out.printf("Python jsonschema %s (Draft4Validator, schema only): %,10.0f releases/s wall, %,10.0f "
                + "releases/s CPU%n", python.get().path("jsonschema").asText(), pythonWall, pythonCpu);
        System.out.printf("Java / Python: %.1f× (wall), %.1f× (CPU)%n", java.wall() / pythonWall, java.cpu() / pythonCpu);
    }

    private static Rate run(SchemaReleaseValidator validator, List<Published> releases, double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long end = wallStart + (long) (seconds * 1e9);
        long validated = 0;
        while (System.nanoTime() < end) {
            for (Published published : releases) {
                validator.validate(published.release(), published.packageInfo());
                validated++;
            }
        }
        double wall = (System.nanoTime() - wallStart) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Rate(validated, validated / wall, validated / cpu);
    }

    /** Python's numbers, or empty (with how to install it) when python3 or its jsonschema is missing. */
    private static Optional<JsonNode> python(Path shared, List<Published> releases, ObjectMapper mapper,
                                             double warmUp, double measure) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("validation-benchmark-");
        Path packages = folder.resolve("packages.jsonl");
        Path script = folder.resolve("jsonschema_baseline.py");
        writePackages(releases, mapper, packages);
        try (InputStream in = ValidationBenchmark.class.getResourceAsStream(SCRIPT)) {
            Files.copy(in, script);
        }
        Process process = new ProcessBuilder("python3", script.toString(),
                shared.resolve("ocds-mirror").toAbsolutePath().toString(), packages.toString(),
                Double.toString(warmUp), Double.toString(measure)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            System.out.println("Python baseline not run (install it with: apt-get install python3-jsonschema):");
            System.out.println(output);
            return Optional.empty();
        }
        return Optional.of(mapper.readTree(output.substring(output.lastIndexOf('\n') + 1)));
    }

    /** Each release in its own OCDS 1.1 release package, one per line. */
    private static void writePackages(List<Published> releases, ObjectMapper mapper, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (Published published : releases) {
                ObjectNode pkg = mapper.createObjectNode();
                pkg.put("uri", "https://example.org/package.json").put("version", "1.1")
                        .put("publishedDate", "2024-01-01T00:00:00Z");
                pkg.putObject("publisher").put("name", "Benchmark");
                pkg.putArray("releases").add(published.release().json());
                out.write(mapper.writeValueAsString(pkg));
                out.newLine();
            }
        }
    }

    private static List<Published> read(Path folder, ObjectMapper mapper) throws IOException, ReadException {
        List<Published> releases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                OcdsReader.create(mapper).read(file, (release, info) -> releases.add(new Published(release, info)));
            }
        }
        return releases;
    }
}
