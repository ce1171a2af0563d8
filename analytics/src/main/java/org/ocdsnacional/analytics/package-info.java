/**
 * Red flags and field coverage over OCDS compiled releases: pure functions with typed settings, no storage.
 *
 * <p>Cardinal's red flags ({@link org.ocdsnacional.analytics.cardinal}), with its definitions, defaults and
 * results; the flags only Mexican data allows ({@link org.ocdsnacional.analytics.mx}); the share of processes that
 * have each field ({@link org.ocdsnacional.analytics.coverage}). Flags that need the whole population (quartiles,
 * fences) take the population's statistics as an explicit input, computed in a first pass: over a file here
 * ({@link org.ocdsnacional.analytics.run}), over the national index elsewhere. A flag is a reason to look, never a
 * verdict.
 */
package org.ocdsnacional.analytics;
