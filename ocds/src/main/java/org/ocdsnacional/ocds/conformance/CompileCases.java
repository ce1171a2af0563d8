package org.ocdsnacional.ocds.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ocdskit's {@code compile} cases from {@code shared/fixtures/peer-tests/ocdskit/expected.json}: each test of
 * its {@code compile} command, and again with {@code --root-path releases.item} where the peer's test runs it both
 * ways. A case whose fixtures the copy lacks, or whose expected output is an expression other than the peer's
 * {@code _remove_package_metadata}, is kept, to be reported as not run.
 */
public final class CompileCases {

    /** Where the cases are, under the shared folder. */
    public static final String FOLDER = DetectCases.FOLDER;

    private static final Pattern WITHOUT_METADATA = Pattern.compile("^_remove_package_metadata\\(\\['([^']+)'\\]\\)$");
    private static final String RELEASES_ONLY = "--root-path releases.item";

    private CompileCases() {
    }

    /** Every case, in the order the peer lists them; empty when the file is absent. */
    public static List<CompileCase> in(Path shared, ObjectMapper mapper) throws IOException {
        Path folder = shared.resolve(FOLDER);
        Path expected = folder.resolve("expected.json");
        if (!Files.isRegularFile(expected)) {
            return List.of();
        }
        JsonNode peer = mapper.readTree(expected.toFile());
        List<CompileCase> cases = new ArrayList<>();
        for (String section : List.of("streaming_commands", "other_commands")) {
            for (JsonNode command : peer.path(section)) {
                if (isCompile(command.path("argv"))) {
                    cases.addAll(cases(command, folder.resolve("fixtures")));
                }
            }
        }
        return cases;
    }

    private static boolean isCompile(JsonNode argv) {
        for (JsonNode arg : argv) {
            if (arg.asText().equals("compile")) {
                return true;
            }
        }
        return false;
    }

    /** The case, and its {@code --root-path releases.item} twin when the peer runs both. */
    private static List<CompileCase> cases(JsonNode command, Path fixtures) {
        String test = command.path("test").asText();
        String name = test.substring(test.lastIndexOf(':') + 1);
        Set<CompileCase.Option> options = options(command.path("argv"));
        List<Path> inputs = files(command.path("stdin_fixtures"), fixtures);
        List<Path> expected = new ArrayList<>(files(command.path("expected_stdout_fixtures"), fixtures));
        Optional<String> notRunnable = expected(command.path("expected_stdout"), fixtures, expected)
                .or(() -> missing(inputs, expected));
        List<CompileCase> cases = new ArrayList<>();
        cases.add(new CompileCase(label(name, options), inputs, options, expected, notRunnable));
        if (command.path("also_with").asText().startsWith(RELEASES_ONLY)) {
            Set<CompileCase.Option> releasesOnly = EnumSet.copyOf(options);
            releasesOnly.add(CompileCase.Option.RELEASES_ONLY);
            cases.add(new CompileCase(label(name, releasesOnly), inputs, releasesOnly, expected, notRunnable));
        }
        return cases;
    }

    private static Set<CompileCase.Option> options(JsonNode argv) {
        Set<CompileCase.Option> options = EnumSet.noneOf(CompileCase.Option.class);
        List<String> args = new ArrayList<>();
        argv.forEach(arg -> args.add(arg.asText()));
        for (CompileCase.Option option : CompileCase.Option.values()) {
            if (String.join(" ", args).contains(option.flag())) {
                options.add(option);
            }
        }
        return options;
    }

    /** An expression for the expected output: the one the peer uses is a fixture without package metadata. */
    private static Optional<String> expected(JsonNode expression, Path fixtures, List<Path> expected) {
        if (expression.isMissingNode()) {
            return Optional.empty();
        }
        Matcher fixture = WITHOUT_METADATA.matcher(expression.path("$expr").asText());
        if (!fixture.matches()) {
            return Optional.of("expected output is an expression we do not evaluate: " + expression);
        }
        expected.add(fixtures.resolve(fixture.group(1)));
        return Optional.empty();
    }

    private static Optional<String> missing(List<Path> inputs, List<Path> expected) {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(expected);
        return all.stream().filter(file -> !Files.isRegularFile(file)).findFirst()
                .map(file -> "fixture missing from the copy of the peer's tests: " + file.getFileName());
    }

    private static List<Path> files(JsonNode names, Path fixtures) {
        List<Path> files = new ArrayList<>();
        names.forEach(name -> files.add(fixtures.resolve(name.asText())));
        return files;
    }

    private static String label(String test, Set<CompileCase.Option> options) {
        List<String> flags = options.stream().sorted().map(CompileCase.Option::flag).toList();
        return flags.isEmpty() ? test : test + " (" + String.join(" ", flags) + ")";
    }
}
