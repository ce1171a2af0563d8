/**
 * One harvest run of one source: the {@link org.ocdsnacional.harvester.run.Harvester} picks the protocol's
 * adapter, skips documents that did not change, reads the others as OCDS, hashes each release and compares it with
 * what the {@link org.ocdsnacional.harvester.run.HarvestStore} holds (unchanged ones are only counted), validates
 * the new and changed ones and hands them in batches to a {@link org.ocdsnacional.harvester.run.HarvestSink} on a
 * thread of its own. A complete run then withdraws what it no longer saw; a failed or partial run never does. A
 * failing source never throws: its run records what went wrong.
 */
package org.ocdsnacional.harvester.run;
