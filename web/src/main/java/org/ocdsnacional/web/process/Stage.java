package org.ocdsnacional.web.process;

import org.ocdsnacional.web.search.Link;

import java.util.List;

/**
 * One stage of a process (its tender, an award, a contract) as a readable section.
 *
 * @param heading        what it is ("Adjudicación a-1")
 * @param description    its description as published
 * @param facts          status, dates, amounts…
 * @param organizations  suppliers or tenderers, each linked to its page when it has one
 * @param items          what is bought, one line each
 * @param documents      its documents, linked to where the publisher keeps them
 * @param implementation payments and milestones of a contract, one line each
 */
public record Stage(String heading, String description, List<Fact> facts, List<Mention> organizations,
                    List<String> items, List<Link> documents, List<String> implementation) {
}
