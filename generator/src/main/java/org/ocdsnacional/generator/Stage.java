package org.ocdsnacional.generator;

import java.util.List;

/**
 * The stages a process publishes a release at, in order; each release carries everything known up to its stage,
 * as most publishers' releases do. The two amendments happen to some processes only.
 */
enum Stage {
    PLANNING("planning"),
    TENDER("tender"),
    TENDER_AMENDMENT("tenderAmendment"),
    AWARD("award"),
    CONTRACT("contract"),
    CONTRACT_AMENDMENT("contractAmendment"),
    IMPLEMENTATION("implementation");

    static final List<Stage> ALL = List.of(values());

    final String tag;

    Stage(String tag) {
        this.tag = tag;
    }

    boolean reached(Stage stage) {
        return ordinal() >= stage.ordinal();
    }

    boolean isAmendment() {
        return this == TENDER_AMENDMENT || this == CONTRACT_AMENDMENT;
    }
}
