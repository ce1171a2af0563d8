package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;

import java.util.List;
import java.util.Set;

/**
 * A red flag raised on a process, and the tenderers it also flags (the winner, the lowest losing bidder, those
 * with identical prices...), each with Cardinal's value for tenderers.
 *
 * @param flag          the flag on the process
 * @param tenderers     the ids of the tenderers flagged with it, if any
 * @param tendererValue the value of the flag on each of those tenderers
 */
public record ProcessFinding(Flag flag, Set<String> tenderers, double tendererValue) {

    public ProcessFinding {
        tenderers = Set.copyOf(tenderers);
    }

    static ProcessFinding of(Flag flag) {
        return new ProcessFinding(flag, Set.of(), 0.0);
    }

    /** The flag as it stands on a tenderer: its value there, and the process that raised it. */
    public Flag tendererFlag(String ocid) {
        return new Flag(flag.code(), tendererValue, List.of(new Evidence("/ocid", ocid)));
    }
}
