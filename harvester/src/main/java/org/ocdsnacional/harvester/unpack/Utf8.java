package org.ocdsnacional.harvester.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes text UTF-8. Bytes that are valid UTF-8 (with or without BOM), or that look like UTF-16/32, are left as they
 * are: the JSON parser detects those. Anything else is taken as Windows-1252, the superset of Latin-1 that Mexican
 * publishers' spreadsheets and databases export, and transcoded. The declared charset is not trusted: servers
 * often declare Latin-1 for UTF-8 bodies and the reverse.
 */
final class Utf8 {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BUFFER = 64 * 1024;

    private Utf8() {
    }

    /** Whether {@code file} must be transcoded to be read as JSON. */
    static boolean needsTranscoding(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (looksWide(head)) {
                return false;
            }
            return !validUtf8(head, in);
        }
    }

    /** Writes {@code from}, read as Windows-1252, to {@code to} as UTF-8. */
    static void transcode(Path from, Path to) throws IOException {
        CharsetDecoder latin = WINDOWS_1252.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader in = new InputStreamReader(Files.newInputStream(from), latin);
             Writer out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            in.transferTo(out);
        }
    }

    /** A BOM of UTF-16 or UTF-32, or a zero byte among the first four (JSON text starts with ASCII). */
    private static boolean looksWide(byte[] head) {
        boolean bom16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return bom16;
    }

    private static boolean validUtf8(byte[] head, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER + 4);
        CharBuffer chars = CharBuffer.allocate(BUFFER + 4);
        bytes.put(head);
        byte[] chunk = new byte[BUFFER];
        int read;
        while ((read = rest.read(chunk)) != -1) {
            bytes.put(chunk, 0, read).flip();
            if (decoder.decode(bytes, chars.clear(), false).isError()) {
                return false;
            }
            bytes.compact();
        }
        bytes.flip();
        return !decoder.decode(bytes, chars.clear(), true).isError() && !bytes.hasRemaining();
    }
}
