package org.ocdsnacional.ocds.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schemas, codelists and extensions shipped with the application, read without a mirror or the network. */
class ShippedSchemaSourceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PUBLIC_NOTICES =
            "https://raw.githubusercontent.com/INAImexico/ocds_publicNotices_extension/master/";

    private final ShippedSchemaSource shipped = ShippedSchemaSource.create();

    @Test
    void shipsTheSchemasOfBothVersions() throws IOException {
        for (OcdsVersion version : OcdsVersion.values()) {
            for (String file : List.of("release-schema.json", "release-package-schema.json",
                    "record-package-schema.json")) {
                JsonNode schema = MAPPER.readTree(shipped.read(version.schemaUrl(file)));
                assertEquals(version.schemaUrl(file).getPath(), URI.create(schema.path("id").asText()).getPath(),
                        version + " " + file);
            }
            assertTrue(shipped.read(version.codelistUrl("releaseTag.csv")).lines().findFirst().orElse("")
                    .contains("Code"), version.label());
        }
    }

    @Test
    void shipsTheExtensionsMexicanPublishersDeclare() throws IOException {
        JsonNode guarantees = MAPPER.readTree(shipped.read(URI.create(
                "https://raw.githubusercontent.com/INAImexico/ocds_guarantees_extension/master/extension.json")));
        JsonNode notices = MAPPER.readTree(shipped.read(URI.create(PUBLIC_NOTICES + "extension.json")));

        assertTrue(guarantees.has("name"), guarantees.toString());
        assertEquals("+milestoneType.csv", notices.path("codelists").path(0).asText());
        assertTrue(shipped.read(URI.create(PUBLIC_NOTICES + "codelists/+milestoneType.csv")).startsWith("Code"));
    }

    @Test
    void aFileAShippedExtensionDoesNotHaveDoesNotExist() {
        URI absent = URI.create(PUBLIC_NOTICES + "release-schema.json");

        SchemaNotFoundException e = assertThrows(SchemaNotFoundException.class, () -> shipped.read(absent));

        assertEquals(absent, e.url());
    }

    @Test
    void aCodelistTheStandardDoesNotHaveDoesNotExist() {
        URI absent = OcdsVersion.V1_1.codelistUrl("guaranteeType.csv");

        assertThrows(SchemaNotFoundException.class, () -> shipped.read(absent));
    }

    @Test
    void whatIsNotShippedIsLeftToTheNextSource() {
        URI elsewhere = URI.create("https://raw.githubusercontent.com/contratacionesabiertas/"
                + "ocds_guarantees_extension/master/extension.json");

        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> shipped.read(elsewhere));

        assertTrue(e.getMessage().contains(elsewhere.toString()), e.getMessage());
    }

    @Test
    void refusesUrlsThatLeaveTheirHostOrHaveNone() {
        assertThrows(IOException.class, () -> shipped.read(URI.create(
                "https://standard.open-contracting.org/../raw.githubusercontent.com/x/NOTICE.md")));
        assertThrows(IOException.class, () -> shipped.read(URI.create("file:///etc/passwd")));
    }

    @Test
    void theNoticeNamesEveryShippedExtensionWithItsUrlAndLicence() throws IOException, URISyntaxException {
        Path root = Path.of(ShippedSchemaSource.class.getResource("shipped/").toURI());
        String notice = Files.readString(root.resolve("NOTICE.md"));
        Path github = root.resolve("raw.githubusercontent.com");

        List<Path> extensions;
        try (Stream<Path> files = Files.walk(github)) {
            extensions = files.filter(file -> file.endsWith("extension.json")).map(Path::getParent).toList();
        }

        assertFalse(extensions.isEmpty());
        for (Path folder : extensions) {
            String url = "https://raw.githubusercontent.com/" + github.relativize(folder).toString().replace('\\', '/')
                    + "/extension.json";
            String row = notice.lines().filter(line -> line.contains(url)).findFirst().orElse("");
            assertTrue(row.contains("Apache-2.0") == Files.exists(folder.resolve("LICENSE")), url + ": " + row);
            assertFalse(row.isEmpty(), "NOTICE.md does not name " + url);
        }
        assertTrue(Files.exists(root.resolve("standard.open-contracting.org/LICENSE")));
    }
}
