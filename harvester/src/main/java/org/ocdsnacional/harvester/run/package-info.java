/**
 * One harvest run of one source: the {@link org.ocdsnacional.harvester.run.Harvester} picks the protocol's
 * adapter, reads every document as OCDS, hashes and validates each release, hands them in batches to a
 * {@link org.ocdsnacional.harvester.run.HarvestSink} and ends the run with its counts, state and first error.
 * A failing source never throws: its run records what went wrong.
 */
package org.ocdsnacional.harvester.run;
