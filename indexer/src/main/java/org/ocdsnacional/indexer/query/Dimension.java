package org.ocdsnacional.indexer.query;

/** What processes can be grouped by in a summary. */
public enum Dimension {
    STATE("states"),
    SOURCE("sources"),
    LEVEL("levels"),
    METHOD("procurementMethod"),
    METHOD_DETAILS("procurementMethodDetails"),
    CATEGORY("mainProcurementCategory"),
    /** Calendar year in Mexico City time, of the date chosen by the caller. */
    YEAR(""),
    /** Calendar month in Mexico City time, of the date chosen by the caller. */
    MONTH(""),
    BUYER("buyer.orgId"),
    SUPPLIER("suppliers.orgId");

    private final String field;

    Dimension(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    /** Whether it groups by periods of a date (which date, the caller says). */
    boolean isDate() {
        return this == YEAR || this == MONTH;
    }
}
