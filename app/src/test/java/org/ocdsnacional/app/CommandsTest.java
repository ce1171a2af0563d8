package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commands that need no OpenSearch: {@code help}, {@code conformance} and {@code generate --out}. */
class CommandsTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommandsAndExplainsEach() {
        Run all = run("help");
        Run serve = run("help", "serve");

        assertEquals(0, all.status(), all.output());
        assertTrue(all.output().contains("serve") && all.output().contains("validate"), all.output());
        assertEquals(0, serve.status(), serve.output());
        assertTrue(serve.output().contains("Usage: ocds-nacional serve"), serve.output());
    }

    @Test
    void aCommandRunsWithItsOwnModelAloneAndTheSameHelpAsAmongAllCommands() {
        CommandLine every = Main.commandLine();
        for (String name : every.getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList()) {
            CommandLine alone = Main.commandLine(new String[] {name, "--some-option", "file.json"});

            assertEquals(java.util.Set.of(name), alone.getSubcommands().keySet(), name);
            assertEquals(every.getSubcommands().get(name).getUsageMessage(),
                    alone.getSubcommands().get(name).getUsageMessage(), name);
        }
        for (String[] args : new String[][] {{}, {"help", "validate"}, {"--help"}, {"valdate", "x.json"}}) {
            assertEquals(every.getSubcommands().keySet(), Main.commandLine(args).getSubcommands().keySet(),
                    String.join(" ", args));
        }
    }

    /** Publishers run validate, and everyone reads the help: Spanish first, English beside it, as every message. */
    @Test
    void everyCommandOptionAndParameterIsDescribedInSpanishAndEnglish() {
        List<String> monolingual = new ArrayList<>();
        Main.commandLine().getSubcommands().forEach((name, command) -> {
            CommandSpec spec = command.getCommandSpec();
            checkBilingual(name, spec.usageMessage().description(), monolingual);
            if (spec.usageMessage().header().length > 0) {
                checkBilingual(name + " (header)", spec.usageMessage().header(), monolingual);
            }
            spec.options().forEach(option -> checkBilingual(name + " " + option.longestName(), option.description(),
                    monolingual));
            spec.positionalParameters().forEach(parameter -> checkBilingual(name + " " + parameter.paramLabel(),
                    parameter.description(), monolingual));
        });
        assertEquals(List.of(), monolingual);
    }

    private static void checkBilingual(String what, String[] description, List<String> monolingual) {
        if (!String.join(" ", description).contains(" / ")) {
            monolingual.add(what);
        }
    }

    @Test
    void conformancePrintsEveryPeerCasePassesAllThatRunAndNamesThoseItCannotRun() {
        Path shared = SharedFixtures.root();

        Run run = run("conformance", "--shared", shared.toString());

        assertEquals(ConformanceCommand.SOME_NOT_RUN, run.status(), run.output());
        assertTrue(run.output().contains("ocds-merge: 68/68 pass"), run.output());
        assertTrue(run.output().contains("ocdskit compile: 10/10 pass, 2 not run"), run.output());
        assertTrue(run.output().contains("ocdskit detect-format: 20/20 pass"), run.output());
        assertTrue(run.output().contains("1.1/null (versioned, 1__1__5)"), run.output());
        assertTrue(run.output().contains("1.1/null (versioned, release-schema-1__1__4.json)"), run.output());
        assertTrue(run.output().matches("(?s).*test_command_extensions_with_packages\\s+NOT RUN  fixture missing from "
                + "the copy of the peer's tests: compile_extensions.json.*"), run.output());
    }

    @Test
    void conformanceSaysWhenTheFixturesAreMissing() {
        Run run = run("conformance", "--shared", dir.toString());

        assertEquals(2, run.status());
        assertTrue(run.output().contains("not found"), run.output());
    }

    @Test
    void generateWritesPackagesToAFolder() throws Exception {
        Run run = run("generate", "--processes", "30", "--seed", "5", "--out", dir.toString(), "--per-file", "10",
                "--states", "MX-OAX");

        assertEquals(0, run.status(), run.output());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(3, files.count());
        }
        assertTrue(Files.readString(dir.resolve("paquete-0001.json")).contains("Oaxaca"));
    }

    @Test
    void generateWithPlantedFlagsSaysWhichProcessesRaiseEachFlagAndWritesTheListAndSettings() throws Exception {
        Run run = run("generate", "--processes", "100", "--seed", "5", "--out", dir.toString(), "--plant-flags");

        assertEquals(0, run.status(), run.output());
        Path planted = dir.resolve(PlantedFiles.FOLDER);
        JsonNode processes = new ObjectMapper().readTree(planted.resolve(PlantedFiles.PROCESSES).toFile());
        String packages = Files.readString(dir.resolve("paquete-0001.json"));
        assertEquals(17, processes.size(), "every flag: " + processes);
        processes.properties().forEach(flag -> {
            assertTrue(run.output().contains("  " + flag.getKey() + ": "), flag.getKey());
            flag.getValue().forEach(ocid -> assertTrue(packages.contains("\"" + ocid.asText() + "\""), ocid.asText()));
        });
        String listed = Files.readString(planted.resolve(PlantedFiles.LIST)).lines().skip(1).findFirst()
                .orElseThrow().split(",")[0];
        assertTrue(packages.contains(listed), "the listed supplier supplies");
        assertTrue(Files.readString(planted.resolve(PlantedFiles.SETTINGS)).contains("[MX02.direct_award]"));
    }

    @Test
    void generateRefusesAnUnknownState() {
        Run run = run("generate", "--processes", "3", "--out", dir.toString(), "--states", "MX-XXX");

        assertEquals(2, run.status());
    }

    private static Run run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CommandLine command = Main.commandLine();
            command.setErr(new java.io.PrintWriter(captured, true, StandardCharsets.UTF_8));
            int status = command.execute(args);
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Run(int status, String output) {
    }
}
