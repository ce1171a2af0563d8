package org.ocdsnacional.web.search;

import java.util.List;
import java.util.Optional;

/**
 * The counts of one dimension among the search's results, each a link that narrows the search to it (or, when
 * chosen, widens it again).
 *
 * @param id     an id for the heading ({@code facet-estado})
 * @param title  the heading
 * @param values the values, largest first (years in time order)
 * @param unplaced how many of the results it cannot place (no state, no date…), as a line; empty when none
 */
public record Facet(String id, String title, List<Value> values, Optional<String> unplaced) {

    /**
     * One value.
     *
     * @param label  what it is, for people
     * @param count  how many of the results have it, formatted
     * @param url    the search narrowed to it, or without it when chosen
     * @param chosen whether the search is already narrowed to it
     */
    public record Value(String label, String count, String url, boolean chosen) {
    }

    public Facet {
        values = List.copyOf(values);
    }
}
