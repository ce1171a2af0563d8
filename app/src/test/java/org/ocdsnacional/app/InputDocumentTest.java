package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code validate} opens, and why it cannot, said in Spanish and English in the project's words (never a
 * library's English, never a path it did not give).
 */
class InputDocumentTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsSaidToBeAFolder() {
        String reason = refused(dir.toString());

        assertTrue(reason.startsWith("es una carpeta, no un archivo") && reason.contains("it is a folder"), reason);
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        String reason = refused(dir.resolve("nada.json").toString());

        assertTrue(reason.startsWith("no existe el archivo / no such file"), reason);
    }

    @Test
    void anAddressOtherThanHttpIsRefusedNotReadAsAPath() {
        String reason = refused("ftp://datos.example.gob.mx/paquete.json");

        assertTrue(reason.contains("«ftp:»") && reason.contains("only files and http:// or https://"), reason);
        assertFalse(reason.contains("no such file"), reason);
    }

    @Test
    void aFileUrlIsTheLocalFile() throws IOException {
        Path file = Files.writeString(dir.resolve("paquete.json"), "{}");

        try (InputDocument document = InputDocument.open(file.toUri().toString())) {
            assertEquals(file, document.file());
            assertFalse(document.downloaded());
        }
    }

    @Test
    void aServerThatIsNotThereIsSaidInTheProjectsWords() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        String reason = refused("http://127.0.0.1:" + closed + "/paquete.json");

        assertEquals("no se pudo conectar con 127.0.0.1:" + closed + ": nadie responde en esa dirección / could not "
                + "connect to 127.0.0.1:" + closed + ": nothing answers at that address", reason);
    }

    @Test
    void anUnknownServerIsSaidToBeUnknown() {
        String reason = refused("https://no-existe.invalid/paquete.json");

        assertTrue(reason.startsWith("no se encontró el servidor «no-existe.invalid»"), reason);
    }

    @Test
    void anHttpErrorGivesTheStatusAndADownloadIsNamedByItsUrlAndDeleted() throws IOException {
        try (LocalPublisher publisher = new LocalPublisher().json("/paquete.json", "{\"releases\": []}")) {
            String reason = refused(publisher.url("/otro.json"));
            Path downloaded;
            try (InputDocument document = InputDocument.open(publisher.url("/paquete.json"))) {
                downloaded = document.file();
                assertEquals(publisher.url("/paquete.json"), document.origin());
                assertEquals("{\"releases\": []}", Files.readString(downloaded));
            }

            assertTrue(reason.startsWith("el servidor respondió HTTP 404 / the server answered HTTP 404"), reason);
            assertFalse(Files.exists(downloaded), "the download was deleted");
        }
    }

    private static String refused(String fileOrUrl) {
        return assertThrows(IOException.class, () -> InputDocument.open(fileOrUrl).close()).getMessage();
    }
}
