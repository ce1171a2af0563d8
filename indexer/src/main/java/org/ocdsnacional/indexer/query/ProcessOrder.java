package org.ocdsnacional.indexer.query;

/**
 * How a page of processes is ordered; ties are always broken by process key, so pages are stable.
 *
 * @param field     relevance (needs free text), date of the latest release, or awarded amount
 * @param ascending direction (relevance is always descending)
 * @param currency  the currency whose awarded amount orders the processes (amounts are never converted)
 */
public record ProcessOrder(Field field, boolean ascending, String currency) {

    /** Checks the currency to be an ISO 4217 code ({@link Vocabulary#currency}). */
    public ProcessOrder {
        Vocabulary.currency("currency", currency);
    }

    /** Relevance when there is free text, newest first otherwise. */
    public static ProcessOrder defaultFor(boolean hasText) {
        return new ProcessOrder(hasText ? Field.RELEVANCE : Field.DATE, false, "MXN");
    }

    /** What processes can be ordered by. */
    public enum Field { RELEVANCE, DATE, AMOUNT }

    /** A short name of this ordering that cursors carry, so a cursor is never used with another ordering. */
    String signature() {
        return field + (ascending ? "+" : "-") + (field == Field.AMOUNT ? currency : "");
    }
}
