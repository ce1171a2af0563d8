package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;

import java.io.IOException;
import java.io.InputStream;

/**
 * The mapper's JSON factory (same features and limits) whose parsers of UTF-8 {@link RecentBytes} are
 * {@link SkippingParser}s. Anything else (UTF-16, UTF-32, text) it parses as the mapper's factory does.
 */
final class SkippingJsonFactory extends JsonFactory {

    private static final int HEAD = 4;

    SkippingJsonFactory(JsonFactory source) {
        super(source, source.getCodec());
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        if (!(in instanceof RecentBytes input) || !utf8(input)) {
            return super._createParser(in, context);
        }
        byte[] buffer = context.allocReadIOBuffer();
        int end = Math.max(0, input.read(buffer, 0, buffer.length));
        int start = byteOrderMark(buffer, end) ? 3 : 0;
        return new SkippingParser(context, _parserFeatures, input, _objectCodec,
                _byteSymbolCanonicalizer.makeChild(_factoryFeatures), buffer, start, end);
    }

    /** UTF-8 by its first bytes: no byte-order mark of UTF-16 or UTF-32 and no zero byte (the others' ASCII). */
    private static boolean utf8(RecentBytes input) throws IOException {
        if (!input.readAhead(HEAD - 1)) {
            return false;
        }
        byte[] head = input.bytes();
        int at = input.index(0);
        for (int i = 0; i < HEAD; i++) {
            if (head[at + i] == 0 || (head[at + i] & 0xfe) == 0xfe) {
                return false;
            }
        }
        return true;
    }

    private static boolean byteOrderMark(byte[] buffer, int length) {
        return length >= 3 && (buffer[0] & 0xff) == 0xef && (buffer[1] & 0xff) == 0xbb && (buffer[2] & 0xff) == 0xbf;
    }
}
