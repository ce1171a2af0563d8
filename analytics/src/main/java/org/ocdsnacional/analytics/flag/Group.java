package org.ocdsnacional.analytics.flag;

/** What a flag is about, as Cardinal groups its results: a process, its buyer, its procuring entity, a tenderer. */
public enum Group {
    OCID("OCID"),
    BUYER("Buyer"),
    PROCURING_ENTITY("ProcuringEntity"),
    TENDERER("Tenderer");

    private final String label;

    Group(String label) {
        this.label = label;
    }

    /** The key Cardinal's output uses for the group. */
    public String label() {
        return label;
    }
}
