/**
 * Cardinal's red flags (open-contracting/cardinal-rs) with its definitions, settings and defaults, giving its
 * results on every one of its test cases.
 *
 * <p>A flag about one process is a function of the compiled release ({@link org.ocdsnacional.analytics.cardinal.R003}
 * and the like). A flag that compares a process or an organization with the population (R024, R025, R038, R048,
 * R058) is computed in two steps: each process gives an {@link org.ocdsnacional.analytics.cardinal.Observation}
 * (plain values a process document can carry); the observations of the population add up to
 * {@link org.ocdsnacional.analytics.cardinal.PopulationStatistics} (quartiles and fences, by Cardinal's quantile
 * method); the flag is then a function of one process's observation, or one organization's tally, and those
 * statistics. {@link org.ocdsnacional.analytics.cardinal.CardinalIndicators} puts the steps together.
 */
package org.ocdsnacional.analytics.cardinal;
