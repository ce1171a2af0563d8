package org.ocdsnacional.indexer.query;

/** Which date of a process a date range applies to. */
public enum DateField {
    /** The date of the latest release. */
    RELEASE("date"),
    TENDER_START("tenderStartDate"),
    /** The earliest award date. */
    AWARD("awardDate"),
    /** The earliest contract signature date. */
    CONTRACT_SIGNED("contractSignedDate");

    private final String field;

    DateField(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }
}
