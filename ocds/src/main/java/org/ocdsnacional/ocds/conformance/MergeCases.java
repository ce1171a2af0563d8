package org.ocdsnacional.ocds.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds ocds-merge's cases under {@code shared/fixtures/peer-tests/ocdsmerge/fixtures}: in each folder, every
 * {@code NAME.json} with a {@code NAME-compiled.json} or {@code NAME-versioned.json} beside it. The schema is the one
 * the peer's own tests use: for {@code 1.1}, the {@code release-schema-1__1__4.json} shipped with the fixtures; for
 * {@code 1.0}, the 1.0.3 release schema of the OCDS mirror; for any other folder, its {@code schema.json}.
 */
public final class MergeCases {

    /** Where the cases are, under the shared folder. */
    public static final String FOLDER = "fixtures/peer-tests/ocdsmerge/fixtures";

    private MergeCases() {
    }

    /** Every case, sorted by folder and name; empty when the folder is absent. */
    public static List<MergeCase> in(Path shared) throws IOException {
        Path root = shared.resolve(FOLDER);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<MergeCase> cases = new ArrayList<>();
        for (Path folder : sorted(root, Files::isDirectory)) {
            Optional<Path> schema = schemaFor(shared, root, folder);
            if (schema.isPresent()) {
                cases.addAll(casesIn(folder, schema.get()));
            }
        }
        return cases;
    }

    private static List<MergeCase> casesIn(Path folder, Path schema) throws IOException {
        List<MergeCase> cases = new ArrayList<>();
        for (Path input : sorted(folder, MergeCases::isInput)) {
            String name = input.getFileName().toString().replace(".json", "");
            for (MergeCase.Kind kind : MergeCase.Kind.values()) {
                Path expected = folder.resolve(name + kind.suffix());
                if (Files.isRegularFile(expected)) {
                    cases.add(new MergeCase(folder.getFileName() + "/" + name, kind, input, expected, schema));
                }
            }
        }
        return cases;
    }

    private static Optional<Path> schemaFor(Path shared, Path root, Path folder) {
        String name = folder.getFileName().toString();
        Path schema = switch (name) {
            case "1.1" -> root.resolve("release-schema-1__1__4.json");
            case "1.0" -> shared.resolve("ocds-mirror/standard.open-contracting.org/schema/1__0__3/release-schema.json");
            default -> folder.resolve("schema.json");
        };
        return Files.isRegularFile(schema) ? Optional.of(schema) : Optional.empty();
    }

    private static boolean isInput(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.endsWith("-compiled.json") && !name.endsWith("-versioned.json")
                && !name.equals("schema.json");
    }

    private static List<Path> sorted(Path folder, java.util.function.Predicate<Path> filter) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(filter).sorted().toList();
        }
    }
}
