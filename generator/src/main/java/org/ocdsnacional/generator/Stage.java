package org.ocdsnacional.generator;

import java.util.List;

/**
 * The stages a process publishes a release at, in order; each release carries everything known up to its stage,
 * as most publishers' releases do.
 */
enum Stage {
    PLANNING("planning"),
    TENDER("tender"),
    TENDER_AMENDMENT("tenderAmendment"),
    AWARD("award"),
    CONTRACT("contract"),
    IMPLEMENTATION("implementation");

    static final List<Stage> ALL = List.of(values());

    final String tag;

    Stage(String tag) {
        this.tag = tag;
    }

    boolean reached(Stage stage) {
        return ordinal() >= stage.ordinal();
    }
}
