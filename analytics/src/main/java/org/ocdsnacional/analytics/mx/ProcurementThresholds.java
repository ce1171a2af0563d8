package org.ocdsnacional.analytics.mx;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most a procedure of each method may be worth, per year (in Mexico, the amounts each year's budget decree
 * sets for direct awards and restricted invitations), in the settings' currency.
 */
public record ProcurementThresholds(Map<MexicanMethod, YearAmounts> byMethod) {

    public static final ProcurementThresholds NONE = new ProcurementThresholds(Map.of());

    public ProcurementThresholds {
        byMethod = byMethod.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byMethod));
    }

    /** The threshold of {@code method} in {@code year}, if one is set. */
    public Optional<BigDecimal> of(MexicanMethod method, int year) {
        return Optional.ofNullable(byMethod.get(method)).flatMap(amounts -> amounts.of(year));
    }

    public boolean isEmpty() {
        return byMethod.isEmpty();
    }

    /**
     * Amounts per year.
     *
     * @param byYear     the amount of each year listed
     * @param otherYears the amount of years not listed, if any
     */
    public record YearAmounts(Map<Integer, BigDecimal> byYear, Optional<BigDecimal> otherYears) {

        public YearAmounts {
            byYear = Map.copyOf(byYear);
        }

        public Optional<BigDecimal> of(int year) {
            return Optional.ofNullable(byYear.get(year)).or(() -> otherYears);
        }
    }
}
