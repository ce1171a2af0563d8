package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code harvest} as an operator runs it, against a local publisher whose package has invalid releases: progress
 * on lines of its own, a summary in Spanish and English, and the issue groups printed as {@code validate} prints
 * them, with where the API has them.
 */
class HarvestCommandIT {

    private static final String REGISTRY = """
            sources:
              - id: harvest-test
                name: Fuente de prueba
                state: MX-JAL
                level: state
                kind: state-agency
                status: active
                protocol: ocds-url
                parameters:
                  url: %s
                schedule: "0 0 3 * * ?"
            """;

    @TempDir
    static Path work;
    private static LocalPublisher publisher;
    private static int status;
    private static List<String> lines;

    @BeforeAll
    static void harvest() throws IOException {
        Path shared = SharedFixtures.root();
        ObjectNode pkg = TestPackages.releasePackage("hc", 4);
        ArrayNode releases = (ArrayNode) pkg.get("releases");
        ((ObjectNode) releases.get(0)).put("date", "15/03/2024");
        ((ObjectNode) releases.get(2)).put("date", "16/03/2024");
        publisher = new LocalPublisher().json("/paquete.json", pkg.toString());
        Path registry = work.resolve("registry.yaml");
        Files.writeString(registry, REGISTRY.formatted(publisher.url("/paquete.json")));

        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
            System.setOut(out);
            status = Main.commandLine().setErr(new PrintWriter(out, true)).execute("harvest", "--source",
                    "harvest-test", "--set", "registry.path=" + registry, "--set", "opensearch.data-dir="
                            + work.resolve("opensearch"), "--set", "harvest.work-dir=" + work.resolve("work"),
                    "--set", "schemas.mirror=" + shared.resolve("ocds-mirror"));
        } finally {
            System.setOut(original);
        }
        lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @AfterAll
    static void stop() {
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    void theRunSucceedsAndItsSummaryIsInSpanishAndEnglish() {
        assertEquals(ExitStatus.DONE, status, String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Cosecha / Run harvest-test-")
                && line.contains("SUCCEEDED")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.contains("entregas / releases 8:")
                && line.contains("inválidas / invalid 2")), String.join("\n", lines));
    }

    @Test
    void progressHasLinesOfItsOwn() {
        List<String> progress = lines.stream().filter(line -> line.startsWith("  … ")).toList();

        assertFalse(progress.isEmpty(), String.join("\n", lines));
        progress.forEach(line -> assertTrue(line.matches("  … \\d+ s: \\d+ solicitudes, \\d+ entregas / \\d+ requests, "
                + "\\d+ releases, [\\d,]+ bytes"), line));
        assertTrue(progress.getLast().contains(" 8 entregas / 1 requests, 8 releases"), progress.toString());
    }

    @Test
    void theIssueGroupsArePrintedAsValidatePrintsThemWithWhereTheApiHasThem() {
        String output = String.join("\n", lines);

        assertTrue(output.contains("INVÁLIDO / INVALID: "), output);
        assertTrue(output.contains("Problemas por tipo y ruta / Issues by type and path:"), output);
        assertTrue(lines.stream().anyMatch(line -> line.contains("schema.format") && line.contains("/date")
                && line.endsWith("× 2")), output);
        assertTrue(output.contains("ocds-test01-hc-1 (ocds-test01-hc-1-tender) /date"), output);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("En la API / In the API: { run(id: \"harvest-test-")),
                output);
    }
}
