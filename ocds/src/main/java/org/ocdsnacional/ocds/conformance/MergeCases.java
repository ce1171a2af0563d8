package org.ocdsnacional.ocds.conformance;

import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds ocds-merge's cases as its own tests find them ({@code tests/test_merge.py}): in each folder, every
 * {@code NAME-compiled.json} and {@code NAME-versioned.json}, with the releases of {@code NAME.json} beside it, and
 * merged with the schema the peer merges that folder with: {@code 1.1} twice, with the latest 1.1 schema (1.1.5, as
 * shipped) and with {@code release-schema-1__1__4.json}; {@code 1.0} with the 1.0.3 schema (as shipped);
 * {@code schema} with the {@code schema.json} of the fixtures folder. Other folders are run with a
 * {@code schema.json} of their own. A case whose input or schema is missing is kept, to be reported as not run.
 *
 * <p>The fixtures folder is found in the shared folder ({@code fixtures/peer-tests/ocdsmerge/fixtures}), in a
 * checkout of ocds-merge ({@code tests/fixtures}), or is the folder given.
 */
public final class MergeCases {

    /** Where the cases are, under the shared folder. */
    public static final String FOLDER = "fixtures/peer-tests/ocdsmerge/fixtures";

    private static final String PEER_1_1_SCHEMA = "release-schema-1__1__4.json";
    private static final String SIMPLE_SCHEMA = "schema.json";

    private MergeCases() {
    }

    /** Every case, sorted by folder, schema and name; empty when no fixtures folder is found. */
    public static List<MergeCase> in(Path shared) throws IOException {
        Optional<Path> root = fixtures(shared);
        if (root.isEmpty()) {
            return List.of();
        }
        List<MergeCase> cases = new ArrayList<>();
        for (Path folder : sorted(root.get(), Files::isDirectory)) {
            for (MergeSchema schema : schemas(root.get(), folder)) {
                cases.addAll(casesIn(folder, schema));
            }
        }
        return cases;
    }

    /** The fixtures folder in any of the layouts it comes in. */
    static Optional<Path> fixtures(Path given) {
        return Stream.of(given.resolve(FOLDER), given.resolve("tests/fixtures"), given)
                .filter(folder -> Files.isDirectory(folder.resolve("1.1")) || Files.isDirectory(folder.resolve("1.0"))
                        || Files.isDirectory(folder.resolve("schema")))
                .findFirst();
    }

    private static List<MergeSchema> schemas(Path root, Path folder) {
        return switch (folder.getFileName().toString()) {
            case "1.1" -> List.of(new MergeSchema.Shipped(OcdsVersion.V1_1), file(PEER_1_1_SCHEMA, "1.1 cases",
                    root, folder));
            case "1.0" -> List.of(new MergeSchema.Shipped(OcdsVersion.V1_0));
            default -> List.of(file(SIMPLE_SCHEMA, folder.getFileName() + " cases", folder, root));
        };
    }

    /** The schema file {@code name}, looked for in {@code first} then {@code second}; missing if in neither. */
    private static MergeSchema file(String name, String usedFor, Path first, Path second) {
        return Stream.of(first.resolve(name), second.resolve(name)).filter(Files::isRegularFile).findFirst()
                .<MergeSchema>map(MergeSchema.File::new)
                .orElseGet(() -> new MergeSchema.Missing(name, name + " not found in " + first + " or " + second
                        + " (ocds-merge merges the " + usedFor + " with it)"));
    }

    private static List<MergeCase> casesIn(Path folder, MergeSchema schema) throws IOException {
        List<MergeCase> cases = new ArrayList<>();
        for (MergeCase.Kind kind : MergeCase.Kind.values()) {
            for (Path expected : sorted(folder, file -> file.getFileName().toString().endsWith(kind.suffix()))) {
                String name = expected.getFileName().toString();
                String input = name.substring(0, name.length() - kind.suffix().length());
                cases.add(new MergeCase(folder.getFileName() + "/" + input, kind, folder.resolve(input + ".json"),
                        expected, schema));
            }
        }
        cases.sort((a, b) -> a.name().equals(b.name()) ? a.kind().compareTo(b.kind()) : a.name().compareTo(b.name()));
        return cases;
    }

    private static List<Path> sorted(Path folder, Predicate<Path> filter) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(filter).sorted().toList();
        }
    }
}
