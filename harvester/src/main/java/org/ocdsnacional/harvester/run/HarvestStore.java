package org.ocdsnacional.harvester.run;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What a run asks of storage to do almost no work when nothing changed (the application backs it with the index):
 * the content hashes of releases already stored, what was known of each document last time, and the withdrawal
 * of processes that a complete run no longer saw. {@link #NONE} stores nothing: every release is new.
 */
public interface HarvestStore {

    /** Holds nothing and remembers nothing. */
    HarvestStore NONE = new HarvestStore() {
        @Override
        public Map<String, StoredRelease> storedReleases(Collection<String> uids) {
            return Map.of();
        }

        @Override
        public Optional<DocumentState> documentState(String sourceId, String url) {
            return Optional.empty();
        }

        @Override
        public void saveDocumentState(String sourceId, String url, DocumentState state) {
        }

        @Override
        public Withdrawal withdraw(WithdrawalRequest request) {
            return Withdrawal.NONE;
        }
    };

    /** What is stored of the releases with these uids; uids not stored are absent. */
    Map<String, StoredRelease> storedReleases(Collection<String> uids);

    /** What was known of a document of a source after it was last read in full. */
    Optional<DocumentState> documentState(String sourceId, String url);

    /** Remembers a document read in full, its releases handed over. */
    void saveDocumentState(String sourceId, String url, DocumentState state);

    /** Marks withdrawn the processes of a source that a complete run no longer saw; deletes nothing. */
    Withdrawal withdraw(WithdrawalRequest request);

    /**
     * Puts a reference list read whole by a complete run in place of the one stored for its source, and says how
     * they compare; nothing stored here: every row is new.
     */
    default ListComparison replaceList(ListReplacement replacement) {
        return new ListComparison(replacement.entries().size(), 0, 0, 0);
    }
}
