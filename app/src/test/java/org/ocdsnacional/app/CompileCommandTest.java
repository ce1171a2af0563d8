package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code compile FILE... --out FILE}: ocdskit's record package, the messages on standard error, the exit status. */
class CompileCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String REALDATA = "fixtures/peer-tests/ocdskit/fixtures/realdata";

    @TempDir
    Path folder;

    @Test
    void ocdskitsReleasePackagesBecomeItsRecordPackage() throws IOException {
        Path fixtures = SharedFixtures.root().resolve(REALDATA);
        Path out = folder.resolve("records.json");

        Run run = compile(fixtures.resolve("release-package-1.json").toString(),
                fixtures.resolve("release-package-2.json").toString(), "--out", out.toString(), "--uri",
                "https://example.org/records.json", "--published-date", "2024-05-01T00:00:00Z");

        assertEquals(CompileCommand.WRITTEN, run.status(), run.err());
        JsonNode expected = MAPPER.readTree(fixtures.resolve("record-package_package.json").toFile());
        JsonNode written = MAPPER.readTree(out.toFile());
        assertEquals(expected.get("records"), written.get("records"));
        assertEquals("https://example.org/records.json", written.get("uri").asText());
        assertEquals("2024-05-01T00:00:00Z", written.get("publishedDate").asText());
        assertTrue(run.err().contains("2 procesos compilados de 4 entregas / 2 processes compiled from 4 releases"),
                run.err());
        assertEquals(List.of(), leftovers());
    }

    @Test
    void versionedAsOcdskit() throws IOException {
        Path fixtures = SharedFixtures.root().resolve(REALDATA);
        Path out = folder.resolve("versioned.json");

        Run run = compile("--versioned", fixtures.resolve("release-package-1.json").toString(),
                fixtures.resolve("release-package-2.json").toString(), "-o", out.toString());

        assertEquals(CompileCommand.WRITTEN, run.status(), run.err());
        JsonNode expected = MAPPER.readTree(fixtures.resolve("record-package_versioned.json").toFile());
        assertEquals(expected.get("records"), MAPPER.readTree(out.toFile()).get("records"));
    }

    @Test
    void standardInputIsReadWithADash() throws IOException {
        Path fixtures = SharedFixtures.root().resolve(REALDATA);
        Path out = folder.resolve("stdin.json");
        InputStream before = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(fixtures.resolve("release-package-1.json"))));

            Run run = compile("-", "--out", out.toString());

            assertEquals(CompileCommand.WRITTEN, run.status(), run.err());
        } finally {
            System.setIn(before);
        }
        assertEquals(1, MAPPER.readTree(out.toFile()).get("records").size());
    }

    @Test
    void malformedJsonExitsTwoAndLeavesNoFile() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.json"), "{\"releases\": [{\"ocid\": \"x\", ");
        Path out = folder.resolve("out.json");

        Run run = compile(bad.toString(), "--out", out.toString());

        assertEquals(CompileCommand.UNREADABLE, run.status());
        assertTrue(run.err().startsWith("No se pudo leer / Could not read"), run.err());
        assertFalse(Files.exists(out));
        assertEquals(List.of("bad.json"), leftovers());
    }

    @Test
    void noReleasesExitsTwoWithTheReason() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.json"), "{\"version\": \"1.1\", \"releases\": []}");

        Run run = compile(empty.toString(), "--out", folder.resolve("out.json").toString());

        assertEquals(CompileCommand.UNREADABLE, run.status());
        assertTrue(run.err().contains("no hay entregas con ocid / no releases with an ocid"), run.err());
    }

    @Test
    void aMissingFileIsNamed() {
        Path nowhere = folder.resolve("nowhere.json");
        Run run = compile(nowhere.toString(), "--out", folder.resolve("o.json").toString());

        assertEquals(CompileCommand.UNREADABLE, run.status());
        assertTrue(run.err().contains(nowhere + ": no existe el archivo / no such file"), run.err());
    }

    private List<String> leftovers() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(file -> file.getFileName().toString()).filter(name -> !name.endsWith("records.json"))
                    .forEach(names::add);
        }
        return names;
    }

    private static Run compile(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "compile";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = command.execute(all);
        return new Run(status, out.toString(), err.toString());
    }

    /** What a command run printed, and its exit status. */
    private record Run(int status, String out, String err) {
    }
}
