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
import java.io.UncheckedIOException;
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
 * validating the same releases, each wrapped in an OCDS 1.1 release package, in the same run. Two Java lines: the
 * releases held in memory since they were read (cold caches, like Python's loop), and each release validated right
 * after it is parsed from its bytes, as a harvest does (parsing timed apart and taken out). Each rate is per second
 * of wall clock and per second of the thread's CPU time. Asserts nothing.
 *
 * <p>Arguments: the shared folder (default {@code ../shared}), warm-up and measured seconds (default 10 and 20).
 */
public final class ValidationBenchmark {

    private static final String SCRIPT = "/validation/jsonschema_baseline.py";

    /** What the parse-only pass produced, kept so that the JIT cannot leave the parsing out. */
    private static volatile long parsedNodes;

    private record Published(Release release, PackageMetadata packageInfo, byte[] bytes) {
    }

    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        double warmUp = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        double measure = args.length > 2 ? Double.parseDouble(args[2]) : 20;
        ObjectMapper mapper = JsonMapper.builder().build();
        List<Published> releases = read(shared.resolve("fixtures/real"), mapper);
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(
                MirrorSchemaSource.of(shared.resolve("ocds-mirror")), mapper);
        Timing.Work held = () -> validateHeld(validator, releases);
        Timing.Work parsed = () -> validateParsed(validator, releases, mapper);
        Timing.Work parseOnly = () -> parse(releases, mapper);
        Timing.rate(held, warmUp, 0);
        Timing.Rate heldRate = Timing.rate(held, measure, 0);
        Timing.rate(parsed, warmUp / 2, 0);
        Timing.Rate parsedRate = Timing.rate(parsed, measure, 0);
        Timing.Rate parseRate = Timing.rate(parseOnly, measure / 2, 0);
        System.out.printf("%d real releases from %s%n", releases.size(), shared.resolve("fixtures/real"));
        print("Java, all checks, releases held in memory", heldRate);
        print("Java, all checks, each release just parsed", without(parsedRate, parseRate));
        python(shared, releases, mapper, warmUp, measure).ifPresent(baseline -> {
            Timing.Rate rate = new Timing.Rate(baseline.path("wall_per_second").asDouble(),
                    baseline.path("cpu_per_second").asDouble());
            print("Python jsonschema " + baseline.path("jsonschema").asText() + " Draft4Validator (schema only)", rate);
            System.out.printf("Java (held in memory) / Python: %.1fx wall clock, %.1fx per CPU-second%n",
                    heldRate.wall() / rate.wall(), heldRate.cpu() / rate.cpu());
        });
    }

    private static void print(String what, Timing.Rate rate) {
        System.out.printf("%-58s %,9.0f releases/s wall clock, %,9.0f per CPU-second%n", what, rate.wall(), rate.cpu());
    }

    /** The rate of validating alone, from the rate of parsing and validating and the rate of parsing. */
    private static Timing.Rate without(Timing.Rate both, Timing.Rate parsing) {
        return new Timing.Rate(1 / (1 / both.wall() - 1 / parsing.wall()), 1 / (1 / both.cpu() - 1 / parsing.cpu()));
    }

    private static long validateHeld(SchemaReleaseValidator validator, List<Published> releases) {
        for (Published published : releases) {
            validator.validate(published.release(), published.packageInfo());
        }
        return releases.size();
    }

    private static long validateParsed(SchemaReleaseValidator validator, List<Published> releases,
                                       ObjectMapper mapper) throws IOException {
        for (Published published : releases) {
            validator.validate(new Release((ObjectNode) mapper.readTree(published.bytes())), published.packageInfo());
        }
        return releases.size();
    }

    private static long parse(List<Published> releases, ObjectMapper mapper) throws IOException {
        long nodes = 0;
        for (Published published : releases) {
            nodes += mapper.readTree(published.bytes()).size();
        }
        parsedNodes += nodes;
        return releases.size();
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
                OcdsReader.create(mapper).read(file, (release, info) -> releases.add(new Published(release, info,
                        bytes(mapper, release))));
            }
        }
        return releases;
    }

    private static byte[] bytes(ObjectMapper mapper, Release release) {
        try {
            return mapper.writeValueAsBytes(release.json());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
