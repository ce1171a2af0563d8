package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Where {@link Walk} gets the tree of each element of a package's {@code releases}: each tree goes to its use in
 * the order the releases were met, on the reading thread.
 */
interface ReleaseTrees extends AutoCloseable {

    /** The parser is at the release's opening brace; returns with the parser at its closing brace. */
    void next(JsonParser p, Consumer<ObjectNode> use) throws IOException;

    /** Hands every release met so far to its use. If one cannot be handed over, the rest are dropped. */
    void settle() throws IOException;

    @Override
    void close();

    /** Each tree materialised by the parser as it is met, and handed over at once. */
    static ReleaseTrees inPlace(ObjectReader trees) {
        return new ReleaseTrees() {
            @Override
            public void next(JsonParser p, Consumer<ObjectNode> use) throws IOException {
                use.accept(trees.readTree(p));
            }

            @Override
            public void settle() {
                // nothing waits
            }

            @Override
            public void close() {
                // nothing to stop
            }
        };
    }
}
