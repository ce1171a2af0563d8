package org.ocdsnacional.analytics.mx;

import java.util.List;

/** Where an RFC is listed: the reference lists harvested (a registry source of their own), looked up by RFC. */
@FunctionalInterface
public interface ReferenceList {

    /** No list. */
    ReferenceList NONE = rfc -> List.of();

    /** The entries of every list for an RFC in canonical form (upper case, no separators); empty if unlisted. */
    List<ListedOrganization> find(String rfc);
}
