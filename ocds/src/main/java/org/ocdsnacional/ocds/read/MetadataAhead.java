package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.io.IOException;
import java.util.Optional;

/**
 * The package metadata of an object wherever its keys stand, known before the reading pass goes through the
 * object's releases or records: key order in JSON carries no meaning, and a publisher may write {@code version}
 * and {@code extensions} after a million releases. A second parser over the same document goes through the object
 * ahead of the reading one, reading its metadata keys and jumping over everything else (releases and records
 * without building them, as {@link SkippingParser} does), so that memory does not grow with the object.
 *
 * <p>The second parser only moves forward, and stays where it stopped: the objects a document holds one after
 * another (the packages of a list, of JSON Lines, of concatenated JSON) cost one extra pass in all. An object
 * inside one already looked through (a package inside a wrapper) starts it again from the top. A document it
 * cannot read (malformed JSON) gives no metadata from there on: the reading pass reports the error where it is.
 */
final class MetadataAhead implements AutoCloseable {

    private final ParserOpener opener;
    private final ObjectReader trees;
    private JsonParser parser;
    private boolean broken;

    /**
     * @param opener opens a new parser at the start of the document, where the reading pass's parser starts, so
     *               that the offsets of the two agree
     */
    MetadataAhead(ParserOpener opener, ObjectReader trees) {
        this.opener = opener;
        this.trees = trees;
    }

    /** Opens a parser at the start of the document. */
    @FunctionalInterface
    interface ParserOpener {
        JsonParser open() throws IOException;
    }

    /**
     * The metadata keys of the object whose opening brace is at {@code start} (an offset of the reading pass's
     * parser: bytes, or characters for text it decoded); empty when it cannot be read ahead.
     */
    Optional<PackageMetadata.Builder> of(long start) {
        if (broken) {
            return Optional.empty();
        }
        try {
            if (!moveTo(start)) {
                return Optional.empty();
            }
            return Optional.of(members());
        } catch (IOException | RuntimeException e) {
            broken = true;
            close();
            return Optional.empty();
        }
    }

    /** The metadata keys of the document's first value, if it is an object. */
    Optional<PackageMetadata.Builder> first() {
        try {
            close();
            parser = opener.open();
            return parser.nextToken() == JsonToken.START_OBJECT ? Optional.of(members()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            broken = true;
            close();
            return Optional.empty();
        }
    }

    /** Puts the parser at the opening brace at {@code start}; false if there is none there. */
    private boolean moveTo(long start) throws IOException {
        if (parser == null || parser.currentToken() == null || offset(parser.currentTokenLocation()) >= start) {
            close();
            parser = opener.open();
        }
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            long at = offset(parser.currentTokenLocation());
            if (at == start) {
                return token == JsonToken.START_OBJECT;
            }
            if (at > start) {
                return false;
            }
        }
        return false;
    }

    /** The object's metadata fields; the parser goes to its closing brace, jumping over the rest. */
    private PackageMetadata.Builder members() throws IOException {
        PackageMetadata.Builder metadata = new PackageMetadata.Builder();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (PackageMetadata.isMetadata(name)) {
                metadata.accept(name, trees.readTree(parser));
            } else if (value == JsonToken.START_ARRAY) {
                jumpOverElements();
            } else if (value == JsonToken.START_OBJECT) {
                jumpOverObject();
            }
        }
        return metadata;
    }

    private void jumpOverElements() throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT) {
                jumpOverObject();
            } else if (token == null) {
                throw new IOException("The document ends inside an array");
            } else {
                parser.skipChildren();
            }
        }
    }

    private void jumpOverObject() throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        if (!(parser instanceof SkippingParser skipping) || start < 0 || !skipping.jumpOverObject(start)) {
            parser.skipChildren();
        }
    }

    private static long offset(JsonLocation location) {
        long bytes = location.getByteOffset();
        return bytes >= 0 ? bytes : location.getCharOffset();
    }

    @Override
    public void close() {
        if (parser == null) {
            return;
        }
        try {
            parser.close();
        } catch (IOException e) {
            // only reading: nothing is lost
        }
        parser = null;
    }
}
