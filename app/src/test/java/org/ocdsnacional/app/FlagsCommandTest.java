package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code flags FILE}: Cardinal's output shape, releases compiled process by process, and the exit statuses. */
class FlagsCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void compiledReleasesAsJsonLinesGiveCardinalsOutputShape() throws IOException {
        Path lines = write("flags.jsonl", """
                {"ocid":"open","tender":{"numberOfTenderers":1,"procurementMethod":"open"}}
                {"ocid":"broken","tender":
                {"ocid":"direct","tender":{"numberOfTenderers":1,"procurementMethod":"direct"}}
                """);

        Run run = flags(lines.toString());

        assertEquals(FlagsCommand.COMPUTED, run.status(), run.err());
        JsonNode output = MAPPER.readTree(run.out());
        assertEquals(MAPPER.readTree("{\"open\":{\"R018\":1.0}}"), output.path("OCID"));
        assertTrue(output.has("Meta"), run.out());
        assertTrue(run.err().contains("processes read: 2; con alguna bandera / flagged: 1 procesos"), run.err());
        assertTrue(run.err().contains("1 partes que no son OCDS omitidas"), run.err());
    }

    @Test
    void consecutiveReleasesOfAProcessAreCompiledWithTheHistoryTheyTell() throws IOException {
        Path releases = write("package.json", """
                {"uri": "https://example.org/p.json", "version": "1.1", "publishedDate": "2024-08-01T00:00:00Z",
                 "releases": [
                  {"ocid": "ocds-abc123-1", "id": "1", "date": "2024-06-01T10:00:00-06:00", "tag": ["contract"],
                   "contracts": [{"id": "c1", "dateSigned": "2024-01-01T10:00:00-06:00",
                                  "value": {"amount": 100000, "currency": "MXN"}}]},
                  {"ocid": "ocds-abc123-1", "id": "2", "date": "2024-07-01T10:00:00-06:00",
                   "tag": ["contractAmendment"],
                   "contracts": [{"id": "c1", "value": {"amount": 150000, "currency": "MXN"}}]}]}
                """);

        Run run = flags(releases.toString(), "--no-meta", "--evidence");

        assertEquals(FlagsCommand.COMPUTED, run.status(), run.err());
        JsonNode process = MAPPER.readTree(run.out()).path("OCID").path("ocds-abc123-1");
        assertEquals(152.0, process.path("MX04").path("value").asDouble(), run.out());
        assertEquals("Publicación tardía", process.path("MX04").path("nameEs").asText());
        assertEquals(0.5, process.path("MX05").path("value").asDouble(), run.out());
        assertEquals("firstPublishedValue", process.path("MX05").path("evidence").get(1).path("field").asText());
        assertFalse(MAPPER.readTree(run.out()).has("Meta"));
    }

    @Test
    void aSettingsFileChoosesTheFlagsAndSetsTheThresholds() throws IOException {
        Path settings = write("settings.ini", """
                [MX02]
                [MX02.direct_award]
                2024 = 500000
                """);
        Path release = write("release.json", """
                {"ocid": "p1", "tag": ["compiled"],
                 "tender": {"procurementMethod": "direct", "numberOfTenderers": 1},
                 "awards": [{"date": "2024-03-01", "value": {"amount": 750000, "currency": "MXN"},
                             "suppliers": [{"id": "MX-RFC-NUE240115QR7"}]}]}
                """);

        Run run = flags(release.toString(), "--settings", settings.toString(), "--no-meta", "--coverage");

        JsonNode output = MAPPER.readTree(run.out());
        assertEquals(MAPPER.readTree("{\"p1\":{\"MX02\":1.5}}"), output.path("OCID"), run.out());
        assertEquals(1, output.path("Coverage").path("AWARD_VALUE").path("present").asInt(), run.out());
        assertEquals(1.0, output.path("Coverage").path("SUPPLIER_RFC").path("share").asDouble(), run.out());
        assertEquals(0.0, output.path("Coverage").path("BUYER_ID").path("share").asDouble(), run.out());
    }

    @Test
    void invalidSettingsExitOneAndUnreadableInputTwo() throws IOException {
        Path settings = write("settings.ini", "[R024]\nthreshhold = 0.1\n");
        Path release = write("release.json", "{\"ocid\": \"p1\"}");
        Path notJson = write("broken.json", "{\"releases\": [");

        Run badSettings = flags(release.toString(), "--settings", settings.toString());
        Run missing = flags(folder.resolve("nowhere.json").toString());
        Run broken = flags(notJson.toString());

        assertEquals(FlagsCommand.INVALID_SETTINGS, badSettings.status());
        assertTrue(badSettings.err().contains("Unknown property: threshhold"), badSettings.err());
        assertEquals(FlagsCommand.UNREADABLE, missing.status());
        assertTrue(missing.err().contains("no existe el archivo / no such file"), missing.err());
        assertEquals(FlagsCommand.UNREADABLE, broken.status(), broken.out());
        assertEquals("", missing.out() + broken.out());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    private static Run flags(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "flags";
        System.arraycopy(args, 0, all, 1, args.length);
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(all);
        return new Run(status, out.toString(), err.toString());
    }

    private record Run(int status, String out, String err) {
    }
}
