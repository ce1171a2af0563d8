package org.ocdsnacional.indexer.query;

import org.ocdsnacional.indexer.query.OrganizationDirectory.Role;

/**
 * An organization in one role, with its counts in that role: an organization that both buys and supplies is one in
 * each role, since a buyer's amounts (what its processes awarded) and a supplier's (what was awarded to it) are not
 * the same figure.
 *
 * @param role   the role the counts are of
 * @param counts its id, a name, its processes and amounts in that role
 */
public record OrganizationInRole(Role role, Group counts) {
}
