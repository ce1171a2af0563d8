package org.ocdsnacional.harvester.registry;

import java.util.Set;

/** The values a source's {@code state} may take: the 32 ISO 3166-2:MX codes, or {@code federal}. */
final class MexicanStates {

    static final String FEDERAL = "federal";

    private static final Set<String> CODES = Set.of(
            "MX-AGU", "MX-BCN", "MX-BCS", "MX-CAM", "MX-CHP", "MX-CHH", "MX-CMX", "MX-COA",
            "MX-COL", "MX-DUR", "MX-GUA", "MX-GRO", "MX-HID", "MX-JAL", "MX-MEX", "MX-MIC",
            "MX-MOR", "MX-NAY", "MX-NLE", "MX-OAX", "MX-PUE", "MX-QUE", "MX-ROO", "MX-SLP",
            "MX-SIN", "MX-SON", "MX-TAB", "MX-TAM", "MX-TLA", "MX-VER", "MX-YUC", "MX-ZAC");

    private MexicanStates() {
    }

    static boolean isValid(String state) {
        return state.equals(FEDERAL) || CODES.contains(state);
    }
}
