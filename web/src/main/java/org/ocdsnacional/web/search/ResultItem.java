package org.ocdsnacional.web.search;

import java.util.List;
import java.util.Optional;

/**
 * One process in the results, ready to show.
 *
 * @param url       its page
 * @param ocid      its ocid
 * @param title     its title, matches marked
 * @param buyer     its buyer, linked to the organization's page
 * @param suppliers its first suppliers, linked
 * @param more      how many suppliers beyond those
 * @param places    the states it belongs to
 * @param method    the procurement method, for people
 * @param date      the date of its latest release
 * @param amounts   the amounts awarded, per currency
 * @param snippets  other passages that match
 */
public record ResultItem(String url, String ocid, Marked title, Optional<Link> buyer, List<Link> suppliers, int more,
                         List<String> places, Optional<String> method, Optional<String> date, List<String> amounts,
                         List<Marked> snippets) {
}
