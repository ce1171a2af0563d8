/**
 * One harvest run of one source: the {@link org.ocdsnacional.harvester.run.Harvester} picks the protocol's
 * adapter, skips documents that did not change, reads the others as OCDS, hashes each release and compares it with
 * what the {@link org.ocdsnacional.harvester.run.HarvestStore} holds, validates every one for the run's report
 * (which covers all the source publishes: skipped documents are read again at the end when the run read releases)
 * and hands the new and changed ones in batches to a {@link org.ocdsnacional.harvester.run.HarvestSink} on a
 * thread of its own. Documents are remembered, to be skipped next time, once the run's report is stored. A complete run then withdraws what it no longer saw; a failed or partial run never does. A
 * failing source never throws: its run records what went wrong.
 */
package org.ocdsnacional.harvester.run;
