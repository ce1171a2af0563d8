package org.ocdsnacional.ocds.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Decodes UTF-8 (a leading byte-order mark dropped) until the first byte sequence that is not UTF-8, and everything
 * from there on as Latin-1, which is what publishers that are not UTF-8 write: Windows-1252, the Latin-1 of
 * Mexican publishers' spreadsheets and databases, so that bytes 0x80 to 0x9F are the curly quotes, dashes and euro
 * sign they mean (the five bytes Windows-1252 leaves undefined stay their ISO-8859-1 characters, as browsers read
 * them). Before that byte the text was valid UTF-8, so it decodes the same either way; the byte offset of the switch
 * is reported once.
 */
final class Utf8OrWindows1252Reader extends Reader {

    private static final int BUFFER = 1 << 16;
    private static final char[] LATIN1 = latin1Table();

    private final InputStream in;
    private final LongConsumer onSwitch;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private long discarded;
    private boolean latin1;
    private boolean eof;
    private boolean started;

    /** {@code onSwitch} hears the byte offset where UTF-8 stopped making sense, if it does. */
    Utf8OrWindows1252Reader(InputStream in, LongConsumer onSwitch) {
        this.in = in;
        this.onSwitch = onSwitch;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            if (!bytes.hasRemaining() && !fill()) {
                return -1;
            }
            decode(out);
        }
        return out.position() - offset;
    }

    private void decode(CharBuffer out) throws IOException {
        if (latin1) {
            while (bytes.hasRemaining() && out.hasRemaining()) {
                out.put(LATIN1[bytes.get() & 0xff]);
            }
            return;
        }
        CoderResult result = utf8.decode(bytes, out, eof);
        if (result.isError()) {
            switchToLatin1();
        } else if (result.isUnderflow() && bytes.hasRemaining() && !fill()) {
            switchToLatin1(); // an incomplete sequence at the very end is not UTF-8 either
        }
    }

    private void switchToLatin1() {
        latin1 = true;
        onSwitch.accept(discarded + bytes.position());
    }

    /** Reads more bytes behind those not yet decoded; false at the end of the input with nothing left. */
    private boolean fill() throws IOException {
        discarded += bytes.position();
        bytes.compact();
        int read = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        skipByteOrderMark();
        return bytes.hasRemaining() || !eof && fill();
    }

    private void skipByteOrderMark() {
        if (started || bytes.remaining() < 3 && !eof) {
            return;
        }
        started = true;
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xff) == 0xef && (bytes.get(1) & 0xff) == 0xbb
                && (bytes.get(2) & 0xff) == 0xbf) {
            bytes.position(3);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Each byte as Windows-1252 reads it, or as ISO-8859-1 where Windows-1252 has no character. */
    private static char[] latin1Table() {
        CharsetDecoder windows1252 = Charset.forName("windows-1252").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] table = new char[256];
        for (int b = 0; b < table.length; b++) {
            try {
                table[b] = windows1252.decode(ByteBuffer.wrap(new byte[]{(byte) b})).get();
            } catch (CharacterCodingException undefined) {
                table[b] = (char) b;
            }
        }
        return table;
    }
}
