package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;

import java.io.IOException;
import java.util.Optional;

/**
 * Jackson's UTF-8 parser that can jump over an object: at its opening brace, it goes to just after its closing
 * brace, found in the bytes by {@link ObjectEnd}, without reading what lies between, and goes on from there as if
 * it had read it (same offsets, lines, nesting). What it jumps over is left for someone else to read and check:
 * {@link TreesAhead} gives it to the tree builder.
 */
final class SkippingParser extends UTF8StreamJsonParser {

    /** Objects longer than this are read by the parser as usual, so that a broken one costs little memory. */
    private static final long LONGEST_JUMP = 16 << 20;

    private final RecentBytes input;

    SkippingParser(IOContext context, int features, RecentBytes input, ObjectCodec codec,
                   ByteQuadsCanonicalizer names, byte[] buffer, int start, int end) {
        super(context, features, input, codec, names, buffer, start, end, start, true);
        this.input = input;
    }

    /**
     * At an object's opening brace (at {@code start}, held in the input): jumps to its closing brace, the current
     * token then. False, with nothing moved, when its end is not found.
     */
    boolean jumpOverObject(long start) throws IOException {
        if (currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        Optional<ObjectEnd> found = ObjectEnd.find(input, start, LONGEST_JUMP);
        if (found.isEmpty()) {
            return false;
        }
        ObjectEnd end = found.get();
        long rowStart = _currInputProcessed + _currInputRowStart;
        if (end.end() <= _currInputProcessed + _inputEnd) {
            _inputPtr = (int) (end.end() - _currInputProcessed);
        } else {
            input.handOverFrom(end.end());
            _currInputProcessed = end.end() - _inputEnd;
            _inputPtr = _inputEnd;
        }
        if (end.newlines() > 0) {
            _currInputRow += end.newlines();
            rowStart = end.lastNewline() + 1;
        }
        _currInputRowStart = (int) (rowStart - _currInputProcessed);
        // as Jackson keeps them for a token: just after its first byte
        _tokenInputTotal = end.end();
        _tokenInputRow = _currInputRow;
        _tokenInputCol = (int) (end.end() - rowStart);
        _parsingContext = _parsingContext.clearAndGetParent();
        _updateToken(JsonToken.END_OBJECT);
        return true;
    }
}
