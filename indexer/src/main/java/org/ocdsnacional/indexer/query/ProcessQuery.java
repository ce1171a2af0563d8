package org.ocdsnacional.indexer.query;

import java.util.Optional;

/**
 * One page of a process search.
 *
 * @param text   free text, matched against titles, descriptions, organizations and items; empty for none
 * @param filter typed filters
 * @param order  ordering; empty for the default (relevance with text, newest first without)
 * @param first  page size
 * @param after  the cursor of the last process of the previous page
 * @param compiledRelease whether each hit carries its compiled release, by far the largest part of a process:
 *                        a page without them is read, sent and parsed several times faster
 * @param highlight whether each hit carries the passages of its title, description and other texts that match
 *                  {@code text} ({@link ProcessPage.Hit#highlights})
 */
public record ProcessQuery(Optional<String> text, ProcessFilter filter, Optional<ProcessOrder> order, int first,
                           Optional<String> after, boolean compiledRelease, boolean highlight) {

    /** A query whose hits carry no highlighted passages. */
    public ProcessQuery(Optional<String> text, ProcessFilter filter, Optional<ProcessOrder> order, int first,
                        Optional<String> after, boolean compiledRelease) {
        this(text, filter, order, first, after, compiledRelease, false);
    }

    /** OpenSearch reads at most 10,000 hits at once; a page asks for one more than its size. */
    public static final int MAX_FIRST = 9_999;

    /**
     * Checks the text against {@link InputBounds}, and the page size; out of bounds is an
     * {@link InvalidQueryException}.
     */
    public ProcessQuery {
        text = InputBounds.words("query", text);
        if (first < 1 || first > MAX_FIRST) {
            throw new InvalidQueryException("«first» debe estar entre 1 y " + MAX_FIRST + " / «first» must be between 1"
                    + " and " + MAX_FIRST + ".");
        }
    }

    boolean hasText() {
        return text.filter(words -> !words.isBlank()).isPresent();
    }

    ProcessOrder effectiveOrder() {
        return order.orElse(ProcessOrder.defaultFor(hasText()));
    }
}
