package org.ocdsnacional.web.search;

import org.ocdsnacional.web.chart.MexicoMap;

import java.util.ArrayList;
import java.util.List;

/**
 * The closed lists the search form offers: states (the map's 32 and {@code federal}), levels of government, and the
 * OCDS codelists of procurement methods, categories and statuses. Their labels are texts of the bundles
 * ({@code state.MX-JAL}, {@code method.direct}…).
 */
public final class Vocabulary {

    public static final List<String> LEVELS = List.of("federal", "state", "municipal");
    public static final List<String> METHODS = List.of("open", "selective", "limited", "direct");
    public static final List<String> CATEGORIES = List.of("goods", "works", "services");
    public static final List<String> TENDER_STATUSES = List.of("planning", "planned", "active", "cancelled",
            "unsuccessful", "complete", "withdrawn");
    public static final List<String> AWARD_STATUSES = List.of("pending", "active", "cancelled", "unsuccessful");
    public static final List<String> CONTRACT_STATUSES = List.of("pending", "active", "cancelled", "terminated");
    public static final List<String> CURRENCIES = List.of("MXN", "USD", "EUR");

    private Vocabulary() {
    }

    /** The 32 states and the federal government, as {@code states} filters name them. */
    public static List<String> states() {
        List<String> states = new ArrayList<>(MexicoMap.codes());
        states.add("federal");
        return states;
    }
}
