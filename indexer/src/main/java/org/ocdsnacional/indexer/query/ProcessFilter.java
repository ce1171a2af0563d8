package org.ocdsnacional.indexer.query;

import java.util.List;
import java.util.Optional;

/**
 * Typed filters over processes; every present filter must match.
 *
 * @param sources      registry ids of sources (any of)
 * @param states       ISO 3166-2:MX codes or {@code federal} (any of)
 * @param buyerId      the buyer's identifier, exact
 * @param buyerName    words of the buyer's name (accents and case ignored)
 * @param supplierId   a supplier's identifier, exact
 * @param supplierName words of a supplier's name (accents and case ignored)
 * @param date         a range over one of the process dates
 * @param amount       a range over the awarded amount
 */
public record ProcessFilter(List<String> sources, List<String> states, Optional<String> buyerId,
                            Optional<String> buyerName, Optional<String> supplierId, Optional<String> supplierName,
                            Optional<DateRange> date, Optional<AmountRange> amount) {

    public static final ProcessFilter NONE = new ProcessFilter(List.of(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public ProcessFilter {
        sources = List.copyOf(sources);
        states = List.copyOf(states);
    }
}
