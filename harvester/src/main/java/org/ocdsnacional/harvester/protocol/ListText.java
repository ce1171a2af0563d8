package org.ocdsnacional.harvester.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a list's body on disk: UTF-8 when every byte of it is (a byte-order mark skipped), otherwise
 * Windows-1252 (Latin-1 with the characters Windows adds), as Mexican government CSV files are often written. The
 * file is read twice as a stream, once to tell, once to read: memory does not grow with it.
 */
final class ListText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int CHUNK = 64 * 1024;

    private ListText() {
    }

    static Reader open(Path file) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                && (head[2] & 0xff) == 0xbf;
        if (!bom) {
            in.unread(head);
        }
        return new InputStreamReader(in, charset);
    }

    private static boolean isUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
            CharBuffer chars = CharBuffer.allocate(CHUNK);
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        }
    }
}
