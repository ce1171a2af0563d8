package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code validate FILE}: the report a publisher reads, the JSON a machine reads, and the exit status. */
class ValidateCommandTest {

    private static final String VALID_RELEASE = "{\"ocid\": \"ocds-abc123-1\", \"id\": \"1\", \"date\": "
            + "\"2024-01-01T00:00:00Z\", \"tag\": [\"tender\"], \"initiationType\": \"tender\"}";
    private static final String PACKAGE = "{\"version\": \"1.1\", \"uri\": \"https://example.org/p.json\", "
            + "\"publishedDate\": \"2024-01-01T00:00:00Z\", \"publisher\": {\"name\": \"Municipio\"}, \"releases\": [%s]}";

    @TempDir
    Path folder;

    @Test
    void aValidPackageExitsZeroWithTheSummary() throws IOException {
        Run run = validate(write(String.format(PACKAGE, VALID_RELEASE)));

        assertEquals(ValidateCommand.VALID, run.status(), run.err());
        assertTrue(run.out().contains("VÁLIDO / VALID: 0 errores / errors"), run.out());
        assertTrue(run.out().contains("entregas / releases 1; procesos (ocid) / processes 1"), run.out());
    }

    @Test
    void anInvalidPackageExitsOneWithTheIssuesGroupedByTypeAndPath() throws IOException {
        String missingDate = VALID_RELEASE.replace("\"date\": \"2024-01-01T00:00:00Z\", ", "");
        String twoReleases = missingDate + "," + missingDate.replace("ocds-abc123-1", "ocds-abc123-2");

        Run run = validate(write(String.format(PACKAGE, twoReleases)));

        assertEquals(ValidateCommand.INVALID, run.status(), run.err());
        assertTrue(run.out().contains("INVÁLIDO / INVALID: 2 errores / errors"), run.out());
        assertTrue(run.out().matches("(?s).*ERROR\\s+schema\\.required\\s+/date\\s+× 2.*"), run.out());
        assertTrue(run.out().contains("ocds-abc123-1 (1) /date"), run.out());
    }

    @Test
    void jsonIsForMachines() throws IOException {
        Run run = validate(write(String.format(PACKAGE, VALID_RELEASE.replace("\"tender\"]", "\"licitación\"]"))),
                "--json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(1, report.path("errors").asInt());
        assertFalse(report.path("valid").asBoolean(true));
        assertEquals("codelist.closed", report.at("/groups/0/type").asText());
        assertEquals("/tag/0", report.at("/issues/0/path").asText());
        assertTrue(report.at("/issues/0/messageEs").asText().contains("releaseTag.csv"), report.toString());
        assertEquals("1.1", report.at("/profiles/0/version").asText());
    }

    @Test
    void whatIsNotJsonCannotBeReadAndExitsTwo() throws IOException {
        Run run = validate(write("{[,]}"));

        assertEquals(ValidateCommand.UNREADABLE, run.status());
        assertTrue(run.err().contains("No se pudo leer / Could not read"), run.err());
    }

    @Test
    void emptyInputContainsNoOcdsDataAndExitsTwo() throws IOException {
        for (String empty : List.of("", "  \n\t ", "[]", "{}", "{\"version\": \"1.1\", \"releases\": []}",
                "{\"records\": []}")) {
            Run run = validate(write(empty));

            assertEquals(ValidateCommand.UNREADABLE, run.status(), "«" + empty + "» " + run.out());
            assertTrue(run.err().contains("no contiene datos de OCDS: ni entregas ni registros / contains no OCDS data: "
                    + "no releases or records"), "«" + empty + "» " + run.err());
            assertFalse(run.out().contains("VÁLIDO"), run.out());
        }
    }

    @Test
    void releasesThatAreEmptyOrNotObjectsAreInvalidReleasesEachWhereItIs() throws IOException {
        Run run = validate(write(String.format(PACKAGE, "{}, \"texto\", 5, " + VALID_RELEASE)));

        assertEquals(ValidateCommand.INVALID, run.status(), run.out() + run.err());
        assertTrue(run.out().matches("(?s).*ERROR\\s+schema\\.type\\s+/releases\\s+× 2.*"), run.out());
        assertTrue(run.out().contains("La entrega no es un objeto JSON sino un texto"), run.out());
        assertTrue(run.out().matches("(?s).*ERROR\\s+schema\\.required\\s+/ocid\\s+× 1.*"), run.out());
        assertTrue(run.out().contains("/releases/1; /releases/2"), run.out());
    }

    @Test
    void aSkippedArchiveEntryIsNamedAndNoUnknownByteIsPrinted() throws IOException {
        Path zip = folder.resolve("datos.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("datos/LEEME.pdf"));
            out.write(new byte[]{37, 80, 68, 70});
            out.putNextEntry(new ZipEntry("datos/paquete.json"));
            out.write(String.format(PACKAGE, VALID_RELEASE).getBytes(StandardCharsets.UTF_8));
        }

        Run run = validate(zip);

        assertEquals(ValidateCommand.VALID, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("Se omite la entrada «datos/LEEME.pdf» del archivo comprimido: no es JSON por su "
                + "extensión"), run.out());
        assertTrue(run.out().contains("Archive entry «datos/LEEME.pdf» skipped: not JSON by its extension"), run.out());
        assertFalse(run.out().contains("byte -1"), run.out());
    }

    @Test
    void aDownloadedDocumentIsNamedByItsUrlNotByItsTemporaryFile() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = "{\"releases\": [\"texto\"]}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/paquete.json", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/paquete.json";
            Run run = validate(url, "--json");

            assertEquals(ValidateCommand.INVALID, run.status(), run.out() + run.err());
            JsonNode issues = new ObjectMapper().readTree(run.out()).path("issues");
            JsonNode notAnObject = StreamSupport.stream(issues.spliterator(), false)
                    .filter(issue -> issue.path("type").asText().equals("schema.type")).findFirst().orElseThrow();
            assertEquals(url, notAnObject.at("/details/origin").asText(), run.out());
            assertFalse(run.out().contains("ocds-validate-"), run.out());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void latinOneTextIsReadAndPointedOut() throws IOException {
        Path file = folder.resolve("latin1.json");
        Files.write(file, String.format(PACKAGE, VALID_RELEASE.replace("\"1\"", "\"licitación\""))
                .getBytes(StandardCharsets.ISO_8859_1));

        Run run = validate(file);

        assertEquals(ValidateCommand.VALID, run.status(), run.err());
        assertTrue(run.out().matches("(?s).*WARNING\\s+read\\.workaround\\s+/\\s+× 1.*"), run.out());
        assertTrue(run.out().contains("Latin-1"), run.out());
        assertTrue(run.out().contains("entregas / releases 1;"), run.out());
    }

    @Test
    void withoutMirrorOrNetworkTheShippedSchemasAndExtensionsValidate() throws IOException {
        String declared = PACKAGE.replace("\"version\": \"1.1\",", "\"version\": \"1.1\", \"extensions\": [\""
                + "https://raw.githubusercontent.com/INAImexico/ocds_guarantees_extension/master/extension.json\"],");
        String guaranteed = VALID_RELEASE.replace("}", ", \"awards\": [{\"id\": \"a1\"}], \"contracts\": [{\"id\": "
                + "\"c1\", \"awardID\": \"a1\", \"guarantees\": [{\"id\": \"g1\"}]}]}");

        Run run = validateOffline(write(String.format(declared, guaranteed)));

        assertEquals(ValidateCommand.VALID, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("Esquema / Schema: OCDS 1.1 (https://standard.open-contracting.org/schema/1__1__5/"
                + "release-schema.json)"), run.out());
        assertTrue(run.out().contains("ocds_guarantees_extension/master/extension.json: aplicada / applied"), run.out());
        assertTrue(run.out().contains("VÁLIDO / VALID: 0 errores / errors, 0 advertencias / warnings"), run.out());
    }

    @Test
    void anExtensionThatCannotBeHadIsNotCheckedAndExitsTwoNotInvalid() throws IOException {
        String declared = PACKAGE.replace("\"version\": \"1.1\",", "\"version\": \"1.1\", \"extensions\": [\""
                + "http://127.0.0.1:9/gone/ocds_gone_extension/extension.json\"],");

        Run run = validateOffline(write(String.format(declared, VALID_RELEASE)));

        assertEquals(ValidateCommand.NOT_CHECKED, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("0 errores / errors"), run.out());
        assertTrue(run.out().contains("NO ERRORS, BUT NOT EVERYTHING COULD BE CHECKED"), run.out());
        assertTrue(run.out().contains("ocds_gone_extension/extension.json: NO aplicada"), run.out());
        assertTrue(run.out().matches("(?s).*WARNING\\s+extension\\.unavailable\\s+/extensions\\s+× 1.*"), run.out());
    }

    /** Validates with no mirror, the schema cache in the test's folder, and no network to reach. */
    private Run validateOffline(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("validate",
                "--set=schemas.cache-dir=" + folder.resolve("schema-cache"), file.toString());
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(folder, "data-", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static Run validate(Path file, String... options) {
        return validate(file.toString(), options);
    }

    private static Run validate(String input, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        String[] args = new String[3 + options.length];
        args[0] = "validate";
        args[1] = "--set=schemas.mirror=" + SharedFixtures.root().resolve("ocds-mirror");
        System.arraycopy(options, 0, args, 2, options.length);
        args[args.length - 1] = input;
        int status = command.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** What a command run printed, and its exit status. */
    private record Run(int status, String out, String err) {
    }
}
