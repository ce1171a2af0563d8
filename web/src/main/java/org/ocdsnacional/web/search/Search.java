package org.ocdsnacional.web.search;

import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.indexer.query.ProcessQuery;

import java.util.Optional;

/**
 * A search as the query layer takes it, read and checked from its {@link SearchParams}.
 *
 * @param text      free text
 * @param filter    every filter
 * @param order     the ordering asked for; empty for the default (relevance with text, newest first without)
 * @param dateField the date that date ranges and years apply to
 * @param after     continue after this cursor
 * @param before    or page back before this one
 */
public record Search(Optional<String> text, ProcessFilter filter, Optional<ProcessOrder> order, DateField dateField,
                     Optional<String> after, Optional<String> before) {

    /** The query of one page of {@code size} processes. */
    public ProcessQuery query(int size, boolean compiledRelease, boolean highlight) {
        return new ProcessQuery(text, filter, order, size, after, compiledRelease, highlight);
    }

    public boolean hasText() {
        return text.isPresent();
    }
}
