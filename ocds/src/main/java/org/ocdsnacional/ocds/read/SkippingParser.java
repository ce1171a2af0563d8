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
 * {@link TreesAhead} gives it to the tree builder. It sets the position fields Jackson's parser keeps for its
 * subclasses (jackson-core 2.x); its test checks that it goes on exactly as a parser that reads the object.
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
        long rowStart = _currInputProcessed + _currInputRowStart;
        ObjectEnd end = found.get();
        moveTo(end.end());
        if (end.newlines() > 0) {
            _currInputRow += end.newlines();
            rowStart = end.lastNewline() + 1;
        }
        _currInputRowStart = (int) (rowStart - _currInputProcessed);
        closeObject(end.end(), rowStart);
        return true;
    }

    /** The next byte read is the one at {@code offset}: in the buffer, or the first of the next read. */
    private void moveTo(long offset) {
        if (offset <= _currInputProcessed + _inputEnd) {
            _inputPtr = (int) (offset - _currInputProcessed);
            return;
        }
        input.handOverFrom(offset);
        _currInputProcessed = offset - _inputEnd;
        _inputPtr = _inputEnd;
    }

    /** The closing brace just before {@code after} is the current token, its object closed. */
    private void closeObject(long after, long rowStart) throws IOException {
        // where Jackson keeps a token: just after its first byte
        _tokenInputTotal = after;
        _tokenInputRow = _currInputRow;
        _tokenInputCol = (int) (after - rowStart);
        _parsingContext = _parsingContext.clearAndGetParent();
        _updateToken(JsonToken.END_OBJECT);
    }
}
