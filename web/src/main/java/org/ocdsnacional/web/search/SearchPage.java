package org.ocdsnacional.web.search;

import org.ocdsnacional.web.http.PageContext;

import java.util.List;
import java.util.Map;

/**
 * What {@code /buscar} shows.
 *
 * @param ctx       the page context
 * @param params    the search as the address has it
 * @param total     how many processes match, formatted (counted exactly)
 * @param count     how many processes match
 * @param awarded   the amounts awarded in them, per currency
 * @param results   this page of processes
 * @param pager     the pages before and after
 * @param facets    the counts that narrow the search
 * @param applied   the filters in force, each with the address that removes it
 * @param choices   the options of each list filter, by parameter name
 * @param orders    the orderings, the one in force chosen
 * @param dateFields the dates a range may apply to, the one in force chosen
 * @param downloads the downloads of the whole search
 * @param exportLimit the most processes a download carries, formatted
 */
public record SearchPage(PageContext ctx, SearchParams params, String total, long count, List<String> awarded,
                         List<ResultItem> results, Pager pager, List<Facet> facets, List<Link> applied,
                         Map<String, List<Choice>> choices, List<Choice> orders, List<Choice> dateFields,
                         List<Link> downloads, String exportLimit) {

    /** The options of the list filter {@code name}. */
    public List<Choice> choices(String name) {
        return choices.getOrDefault(name, List.of());
    }

    /** The first value of a parameter, or empty text. */
    public String value(String name) {
        return params.first(name).orElse("");
    }
}
