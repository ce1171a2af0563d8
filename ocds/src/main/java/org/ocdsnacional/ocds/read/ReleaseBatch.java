package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The bytes of a few consecutive releases (up to {@value #MOST_RELEASES}, or {@value #MOST_BYTES} bytes), what to
 * do with the tree of each, and, once built, the trees: what {@link TreesAhead} hands between its threads.
 */
final class ReleaseBatch {

    private static final int MOST_RELEASES = 16;
    private static final int MOST_BYTES = 1 << 16;

    private final List<byte[]> jsons = new ArrayList<>(MOST_RELEASES);
    private final List<Long> offsets = new ArrayList<>(MOST_RELEASES);
    private final List<Consumer<ObjectNode>> uses = new ArrayList<>(MOST_RELEASES);
    private int bytes;

    /** One release more: its bytes, where they start in the input, what to do with its tree. */
    void add(byte[] json, long offset, Consumer<ObjectNode> use) {
        jsons.add(json);
        offsets.add(offset);
        uses.add(use);
        bytes += json.length;
    }

    boolean full() {
        return jsons.size() >= MOST_RELEASES || bytes >= MOST_BYTES;
    }

    boolean isEmpty() {
        return jsons.isEmpty();
    }

    int bytes() {
        return bytes;
    }

    /** The trees, in order, up to the first release that cannot be built, whose error comes after them. */
    Built build(TreesAhead.TreeBuilder builder) {
        List<ObjectNode> trees = new ArrayList<>(jsons.size());
        for (int i = 0; i < jsons.size(); i++) {
            try {
                trees.add(builder.tree(jsons.get(i), offsets.get(i)));
            } catch (IOException e) {
                return new Built(trees, Optional.of(e));
            }
        }
        return new Built(trees, Optional.empty());
    }

    /** The trees of a batch, and the error that stopped it, if one did. */
    final class Built {
        private final List<ObjectNode> trees;
        private final Optional<IOException> failure;

        private Built(List<ObjectNode> trees, Optional<IOException> failure) {
            this.trees = trees;
            this.failure = failure;
        }

        /** Each tree to its use, then the error, if any. */
        void handOver() throws IOException {
            for (int i = 0; i < trees.size(); i++) {
                uses.get(i).accept(trees.get(i));
            }
            if (failure.isPresent()) {
                throw failure.get();
            }
        }
    }
}
