package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * How the bytes of a document become JSON tokens. {@link #BYTES}: Jackson reads the bytes itself, recognising
 * UTF-8 (with or without byte-order mark), UTF-16 and UTF-32; fastest; the bytes of the value the parser is at can
 * be copied out ({@link RecentBytes}). {@link #TEXT}: UTF-8 that turns into Latin-1 (Windows-1252) at the first
 * byte that is not UTF-8; used when a document turned out not to be UTF-8.
 */
enum Decoding {
    BYTES, TEXT;

    JsonParser parser(JsonFactory factory, InputStream in, LongConsumer latin1From) throws IOException {
        JsonParser parser = this == BYTES ? factory.createParser(new RecentBytes(in))
                : factory.createParser(new Utf8OrWindows1252Reader(in, latin1From));
        return parser.enable(JsonParser.Feature.USE_FAST_DOUBLE_PARSER);
    }

    /** What {@link #TEXT} reports when it switches to Latin-1 at a byte of {@code origin}: a warning. */
    static LongConsumer latin1Warning(String origin, Consumer<ReadProblem> warnings) {
        return offset -> warnings.accept(new ReadProblem(origin, offset, "El texto no es UTF-8 válido desde este "
                + "byte; se lee como Latin-1 (ISO-8859-1) / Not valid UTF-8 from this byte on; read as Latin-1"));
    }

    /** Whether Jackson stopped because the bytes are not UTF-8 (so they may well be Latin-1). */
    static boolean notUtf8(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Invalid UTF-8");
    }
}
