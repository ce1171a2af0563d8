package org.ocdsnacional.analytics.cardinal;

import java.util.Optional;

/**
 * The currency whose amounts are compared: the one the settings name, or else, as in Cardinal, the first one
 * observed in the population. Amounts in any other currency are left out, never converted. One instance serves one
 * pass over a population, on one thread.
 */
public abstract sealed class MainCurrency {

    /** The configured currency, or the first observed one when none is configured. */
    public static MainCurrency of(Optional<String> configured) {
        return configured.<MainCurrency>map(Fixed::new).orElseGet(FirstObserved::new);
    }

    /** Whether an amount in {@code currency} is compared; the first currency ever asked about may become the main. */
    public abstract boolean accepts(String currency);

    /** The main currency, once known. */
    public abstract Optional<String> chosen();

    private static final class Fixed extends MainCurrency {

        private final String currency;

        Fixed(String currency) {
            this.currency = currency;
        }

        @Override
        public boolean accepts(String other) {
            return currency.equals(other);
        }

        @Override
        public Optional<String> chosen() {
            return Optional.of(currency);
        }
    }

    private static final class FirstObserved extends MainCurrency {

        private String currency;

        @Override
        public boolean accepts(String other) {
            if (currency == null) {
                currency = other;
            }
            return currency.equals(other);
        }

        @Override
        public Optional<String> chosen() {
            return Optional.ofNullable(currency);
        }
    }
}
