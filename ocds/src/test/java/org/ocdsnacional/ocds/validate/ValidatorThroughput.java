package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rough single-thread throughput of {@link SchemaReleaseValidator} over every release in
 * {@code shared/fixtures/real}: prints numbers, asserts nothing. Run from the repository root:
 * <pre>
 * ./mvnw -o -q -pl ocds test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp ocds/target/test-classes:ocds/target/classes:$(cat ocds/target/cp.txt) \
 *     org.ocdsnacional.ocds.validate.ValidatorThroughput ../shared
 * </pre>
 */
public final class ValidatorThroughput {

    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final long MEASURE_NANOS = 10_000_000_000L;

    private record Published(Release release, PackageMetadata packageInfo) {
    }

    private ValidatorThroughput() {
    }

    public static void main(String[] args) throws IOException, ReadException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        ObjectMapper mapper = new ObjectMapper();
        List<Published> releases = read(shared.resolve("fixtures/real"), mapper);
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(
                MirrorSchemaSource.of(shared.resolve("ocds-mirror")), mapper);
        run(validator, releases, WARM_UP_NANOS);
        long start = System.nanoTime();
        long validated = run(validator, releases, MEASURE_NANOS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d distinct releases; %d validated in %.1f s: %.0f releases/s on one thread%n",
                releases.size(), validated, seconds, validated / seconds);
    }

    private static long run(SchemaReleaseValidator validator, List<Published> releases, long nanos) {
        long start = System.nanoTime();
        long validated = 0;
        while (System.nanoTime() - start < nanos) {
            for (Published published : releases) {
                validator.validate(published.release(), published.packageInfo());
                validated++;
            }
        }
        return validated;
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
