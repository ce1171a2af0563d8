package org.ocdsnacional.indexer.flags;

import java.util.ArrayList;
import java.util.List;

/** A list cut into consecutive pieces of at most a given size: the terms of one query, the keys of one page. */
final class Chunks {

    private Chunks() {
    }

    /** {@code list} in pieces of {@code size} elements, the last one shorter; views of {@code list}, in order. */
    static <T> List<List<T>> of(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < list.size(); from += size) {
            chunks.add(list.subList(from, Math.min(list.size(), from + size)));
        }
        return chunks;
    }
}
