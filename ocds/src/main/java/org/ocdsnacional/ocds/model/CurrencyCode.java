package org.ocdsnacional.ocds.model;

import java.util.Currency;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ISO 4217 currency codes, as OCDS amounts must give them: the current ones (as the JDK knows them, plus those newer
 * than some JDKs) and the historic ones that the OCDS currency codelist keeps (list three of ISO 4217).
 */
public final class CurrencyCode {

    /** ISO 4217's code for "no currency": amounts without a usable currency are counted under it, never as one. */
    public static final String NONE = "XXX";

    /** Withdrawn currencies that the OCDS currency codelist (1.1) still lists. */
    private static final Set<String> HISTORIC = Set.of("ALK", "AOK", "AON", "AOR", "ARA", "ARP", "ARY", "BAD", "BEC",
            "BEL", "BGJ", "BGK", "BOP", "BRB", "BRC", "BRE", "BRN", "BRR", "BUK", "CHC", "CSJ", "CSK", "DDM", "ECS",
            "ECV", "ESA", "ESB", "GEK", "GHP", "GNE", "GNS", "GQE", "GWE", "HRD", "ILP", "ILR", "ISJ", "LAJ", "LSM",
            "LTT", "LUC", "LUL", "LVR", "MLF", "MTP", "MVQ", "MXP", "MZE", "NIC", "PEH", "PEI", "PES", "PLZ", "RHD",
            "ROK", "SDP", "SUR", "TJR", "UAK", "UGS", "UGW", "UYN", "UYP", "UYW", "VNC", "XEU", "XRE", "YDD", "YUD",
            "YUN", "ZAL", "ZRN", "ZRZ", "ZWC");
    /** Codes introduced since 2021, which older JDKs do not know yet. */
    private static final Set<String> RECENT = Set.of("SLE", "VED", "XAD", "XCG", "ZWG");
    private static final Set<String> CODES = codes();

    private CurrencyCode() {
    }

    /** Whether {@code code} is an ISO 4217 code, exactly as the standard writes it (three capital letters). */
    public static boolean isIso4217(String code) {
        return code != null && CODES.contains(code);
    }

    /**
     * The ISO 4217 code a publisher meant, leaving out only surrounding spaces and letter case ({@code " mxn"} is
     * MXN); empty for anything else ({@code "PESOS"}, {@code "$"}, {@code "484"}).
     */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        return isIso4217(code) ? Optional.of(code) : Optional.empty();
    }

    private static Set<String> codes() {
        Set<String> codes = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .collect(Collectors.toCollection(HashSet::new));
        codes.addAll(HISTORIC);
        codes.addAll(RECENT);
        return Set.copyOf(codes);
    }
}
