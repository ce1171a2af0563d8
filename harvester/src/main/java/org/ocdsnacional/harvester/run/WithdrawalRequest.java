package org.ocdsnacional.harvester.run;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What a complete run saw, for storage to mark withdrawn what it did not.
 *
 * @param sourceId           the source
 * @param runId              the run
 * @param seen               whether the run saw a process key
 * @param unchangedDocuments URLs of documents not read again because they had not changed: their processes count
 *                           as seen
 * @param maxFraction        if more than this fraction of the source's processes would be withdrawn, nothing is
 *                           (a publisher that suddenly serves an empty or a much smaller list is more likely broken
 *                           than emptied)
 */
public record WithdrawalRequest(String sourceId, String runId, Predicate<String> seen, Set<String> unchangedDocuments,
                                double maxFraction) {

    public WithdrawalRequest {
        unchangedDocuments = Set.copyOf(unchangedDocuments);
    }
}
