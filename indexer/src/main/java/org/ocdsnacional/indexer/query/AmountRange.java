package org.ocdsnacional.indexer.query;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A range over a process's awarded amount. Amounts are never compared across currencies: without a currency
 * the range matches an awarded total in any currency that falls inside it.
 */
public record AmountRange(Optional<String> currency, Optional<BigDecimal> min, Optional<BigDecimal> max) {
}
