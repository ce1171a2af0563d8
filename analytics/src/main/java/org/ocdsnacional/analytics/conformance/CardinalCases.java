package org.ocdsnacional.analytics.conformance;

import org.ocdsnacional.analytics.settings.IniSettings;
import org.ocdsnacional.analytics.settings.SettingsSections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds Cardinal's cases in the shared folder, read in place: the test fixtures ({@code NAME.jsonl} in,
 * {@code NAME.expected} out) of the indicators and coverage commands, then the demonstrations of its documentation
 * (a {@code $ ocdscardinal …} command line, the output on the next line).
 */
public final class CardinalCases {

    /** Where Cardinal's cases are, under the shared folder. */
    public static final String FOLDER = "fixtures/peer-tests/cardinal";

    private static final String INDICATORS = "tests/fixtures/indicators";
    private static final String COVERAGE = "tests/fixtures/coverage";
    private static final String COMMAND = "$ ocdscardinal ";

    private CardinalCases() {
    }

    /** Every case under {@code shared}/{@value #FOLDER}. */
    public static List<CardinalCase> in(Path shared) throws IOException {
        Path root = shared.resolve(FOLDER);
        List<CardinalCase> cases = new ArrayList<>(fixtures(root, CardinalCase.Suite.INDICATORS));
        cases.addAll(demonstrations(root, CardinalCase.Suite.INDICATORS));
        cases.addAll(fixtures(root, CardinalCase.Suite.COVERAGE));
        cases.addAll(demonstrations(root, CardinalCase.Suite.COVERAGE));
        return cases;
    }

    /** The cases of one suite. */
    public static List<CardinalCase> of(Path shared, CardinalCase.Suite suite) throws IOException {
        return in(shared).stream().filter(c -> c.suite() == suite).toList();
    }

    private static List<CardinalCase> fixtures(Path root, CardinalCase.Suite suite) throws IOException {
        Path folder = root.resolve(suite == CardinalCase.Suite.INDICATORS ? INDICATORS : COVERAGE);
        List<CardinalCase> cases = new ArrayList<>();
        for (Path input : files(folder, ".jsonl")) {
            String name = input.getFileName().toString().replaceFirst("\\.jsonl$", "");
            Path expected = folder.resolve(name + ".expected");
            if (!Files.exists(expected)) {
                continue;
            }
            SettingsSections settings = suite == CardinalCase.Suite.INDICATORS ? FixtureSettings.of(name)
                    : SettingsSections.empty();
            cases.add(new CardinalCase(suite, root.relativize(folder) + "/" + name, input, settings, false,
                    Files.readString(expected)));
        }
        return cases;
    }

    private static List<CardinalCase> demonstrations(Path root, CardinalCase.Suite suite) throws IOException {
        List<Path> pages = suite == CardinalCase.Suite.INDICATORS ? files(root.resolve("docs/cli/indicators/R"), ".md")
                : List.of(root.resolve("docs/cli/coverage.md"));
        String command = COMMAND + (suite == CardinalCase.Suite.INDICATORS ? "indicators " : "coverage ");
        List<CardinalCase> cases = new ArrayList<>();
        for (Path page : pages) {
            if (!Files.exists(page)) {
                continue;
            }
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).startsWith(command)) {
                    cases.add(demonstration(root, suite, root.relativize(page).toString(), lines.get(i),
                            lines.get(i + 1)));
                }
            }
        }
        return cases;
    }

    private static CardinalCase demonstration(Path root, CardinalCase.Suite suite, String page, String command,
                                              String output) throws IOException {
        List<String> words = Arrays.asList(command.substring(COMMAND.length()).split("\\s+"));
        Path input = root.resolve(words.getLast());
        int settingsAt = words.indexOf("--settings");
        SettingsSections settings = settingsAt < 0 ? SettingsSections.empty()
                : IniSettings.parse(Files.readString(root.resolve(words.get(settingsAt + 1))));
        return new CardinalCase(suite, page + " (" + words.getLast() + ")", input, settings,
                suite == CardinalCase.Suite.INDICATORS && !words.contains("--no-meta"), output);
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }
}
