package org.ocdsnacional.indexer.query;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A range over a process's awarded amount. Amounts are never compared across currencies: without a currency
 * the range matches an awarded total in any currency that falls inside it. The currency is checked to be an ISO 4217
 * code ({@link Vocabulary#currency}), the bounds to be {@link AmountBounds within range}, and the smallest not to exceed
 * the largest.
 */
public record AmountRange(Optional<String> currency, Optional<BigDecimal> min, Optional<BigDecimal> max) {

    public AmountRange {
        currency.ifPresent(code -> Vocabulary.currency("currency", code));
        min.ifPresent(AmountBounds::bounded);
        max.ifPresent(AmountBounds::bounded);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new InvalidQueryException("El importe mínimo (" + min.get().toPlainString() + ") excede el máximo ("
                    + max.get().toPlainString() + ") / The minimum amount (" + min.get().toPlainString()
                    + ") exceeds the maximum (" + max.get().toPlainString() + ").");
        }
    }
}
