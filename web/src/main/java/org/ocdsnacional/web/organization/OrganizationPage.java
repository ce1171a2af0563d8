package org.ocdsnacional.web.organization;

import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.search.Choice;
import org.ocdsnacional.web.search.Pager;
import org.ocdsnacional.web.search.ResultItem;
import org.ocdsnacional.web.search.SearchParams;

import java.util.List;
import java.util.Optional;

/**
 * What {@code /organizacion/{id}} shows.
 *
 * @param ctx         the page context
 * @param id          its organization id
 * @param name        its most used name
 * @param names       every name publishers gave it
 * @param rfc         its RFC, when the id rests on one
 * @param identifiers the identifiers publishers gave it
 * @param roles       its roles, for people
 * @param profiles    its figures per role it plays
 * @param total       how many processes name it, formatted
 * @param results     a page of its processes
 * @param pager       the pages before and after
 * @param orders      the orderings of its processes
 * @param params      its page's parameters (ordering and paging)
 * @param path        the page's path
 */
public record OrganizationPage(PageContext ctx, String id, String name, List<String> names, Optional<String> rfc,
                               List<String> identifiers, List<String> roles, List<RoleProfile> profiles,
                               String total, List<ResultItem> results, Pager pager, List<Choice> orders,
                               SearchParams params, String path) {
}
