package org.ocdsnacional.web.organization;

import org.ocdsnacional.web.chart.BarChart;
import org.ocdsnacional.web.chart.ColumnChart;
import org.ocdsnacional.web.search.Link;

import java.util.List;
import java.util.Optional;

/**
 * An organization's figures in one role.
 *
 * @param id             {@code comprador} or {@code proveedor}, for anchors
 * @param title          the role, for people
 * @param processes      how many processes, formatted
 * @param amounts        amounts per currency (as buyer: awarded in its processes; as supplier: awarded to it)
 * @param byYear         processes per year
 * @param years          per year: the year, processes and amounts per currency
 * @param states         the states it appears in, each linked to the search
 * @param counterparties its top counterparties by number of processes
 * @param directAwards   share of direct awards among its processes with a known method
 * @param singleBidder   share of single-bid tenders among its competitive processes
 * @param searchUrl      the search of its processes in this role
 * @param undated        how many of them have no date to place in a year, as a line; empty when none
 * @param stateless      how many of them have no state, as a line; empty when none
 * @param flagRates      the red flags its processes in the role raise, beside the national rates
 */
public record RoleProfile(String id, String title, String processes, List<String> amounts, ColumnChart byYear,
                          List<List<String>> years, List<Link> states, BarChart counterparties, String directAwards,
                          String singleBidder, String searchUrl, Optional<String> undated,
                          Optional<String> stateless, List<FlagRate> flagRates) {
}
