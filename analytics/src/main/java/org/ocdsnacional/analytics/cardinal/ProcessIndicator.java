package org.ocdsnacional.analytics.cardinal;

import java.util.Optional;

/** A red flag that a compiled release raises by itself, with no statistics of the population. */
interface ProcessIndicator {

    Optional<ProcessFinding> assess(CardinalRelease release, MainCurrency currency);
}
