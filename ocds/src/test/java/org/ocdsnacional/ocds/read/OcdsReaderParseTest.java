package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON that is not read as OCDS (an API page, a list of years) is opened and decoded as documents are. */
class OcdsReaderParseTest {

    private static final OcdsReader READER = OcdsReader.create(new ObjectMapper());
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String BUYER = "Secretaría de Administración – “Papelería” 2024";
    private static final String PAGE = "{\"pagination\":{\"total\":1},\"data\":[{\"buyer\":{\"name\":\"" + BUYER
            + "\"}}]}";

    @TempDir
    Path dir;

    private final List<ReadProblem> warnings = new ArrayList<>();

    @Test
    void textThatIsNotUtf8IsParsedAgainFromTheStartAsWindows1252WithAWarning() throws Exception {
        AtomicInteger scans = new AtomicInteger();

        JsonNode page = READER.parse(write("page.json", PAGE.getBytes(WINDOWS_1252)), "http://x/page", 1 << 20,
                warnings::add, parser -> {
                    scans.incrementAndGet();
                    return parser.readValueAsTree();
                });

        assertEquals(BUYER, page.at("/data/0/buyer/name").asText());
        assertEquals(2, scans.get(), "once as UTF-8, again as Latin-1");
        assertEquals(1, warnings.size());
        assertEquals("http://x/page", warnings.getFirst().origin());
        assertEquals(PAGE.indexOf('í'), warnings.getFirst().offset());
        assertTrue(warnings.getFirst().message().contains("read as Latin-1"), warnings.getFirst().message());
    }

    @Test
    void gzipZipOfOneEntryUtf16AndAByteOrderMarkAreParsedWithoutWarnings() throws Exception {
        byte[] utf8 = PAGE.getBytes(StandardCharsets.UTF_8);
        List<Path> files = List.of(write("page.gz", gzip(utf8)), zip("page.zip", "__MACOSX/._page.json", "page.json"),
                write("page16.json", PAGE.getBytes(StandardCharsets.UTF_16)),
                write("bom.json", concat(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8)));

        for (Path file : files) {
            JsonNode page = READER.parse(file, file.toString(), 1 << 20, warnings::add, parser ->
                    parser.readValueAsTree());

            assertEquals(BUYER, page.at("/data/0/buyer/name").asText(), file::toString);
        }
        assertEquals(1, warnings.size(), "the junk entry of the ZIP only: " + warnings);
    }

    @Test
    void gzipOfWindows1252IsUnpackedAndDecodedWithAWarning() throws Exception {
        Path file = write("page.gz", gzip(PAGE.getBytes(WINDOWS_1252)));

        JsonNode page = READER.parse(file, "http://x/page", 1 << 20, warnings::add, parser ->
                parser.readValueAsTree());

        assertEquals(BUYER, page.at("/data/0/buyer/name").asText());
        assertEquals(1, warnings.size());
    }

    @Test
    void malformedJsonFailsAtItsByteNotItsCharacter() throws Exception {
        String broken = PAGE.replace("]}", "] \"x\"}");
        Path file = write("broken.json", broken.getBytes(StandardCharsets.UTF_8));
        long byteOffset = broken.substring(0, broken.indexOf("\"x\"")).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(byteOffset > broken.indexOf("\"x\""), "accents come before the error");

        ReadException e = assertThrows(ReadException.class, () -> READER.parse(file, "http://x/page", 1 << 20,
                warnings::add, parser -> parser.readValueAsTree()));

        assertEquals("http://x/page", e.origin());
        assertEquals(byteOffset, e.offset());
        assertTrue(e.reason().startsWith("JSON mal formado / Malformed JSON: "), e.reason());
        assertEquals(List.of(), warnings);
    }

    @Test
    void malformedLatin1FailsAtItsByte() throws Exception {
        String broken = PAGE.replace("]}", "] \"x\"}");
        Path file = write("broken.json", broken.getBytes(WINDOWS_1252));

        ReadException e = assertThrows(ReadException.class, () -> READER.parse(file, "http://x/page", 1 << 20,
                warnings::add, parser -> parser.readValueAsTree()));

        assertEquals(broken.indexOf("\"x\""), e.offset(), "one byte a character in Latin-1");
        assertEquals(1, warnings.size(), "the Latin-1 warning came before the error");
    }

    @Test
    void aZipOfSeveralDocumentsIsNotOnePage() throws Exception {
        Path file = zip("pages.zip", "a.json", "b.json");

        ReadException e = assertThrows(ReadException.class, () -> READER.parse(file, "http://x/pages", 1 << 20,
                warnings::add, parser -> parser.readValueAsTree()));

        assertEquals("El archivo comprimido trae 2 documentos JSON y se esperaba uno / The archive holds 2 JSON "
                + "documents, not one", e.reason());
    }

    @Test
    void aGzipThatUnpacksToMoreThanAllowedIsRefused() throws Exception {
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        Path file = write("bomb.gz", gzip(spaces));

        assertThrows(UnpackLimitException.class, () -> READER.parse(file, "http://x/bomb", 1 << 16, warnings::add,
                parser -> parser.readValueAsTree()));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** A ZIP whose entries each hold the page. */
    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.write(PAGE.getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
