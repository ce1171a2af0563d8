/** Harvest runs as publishers and operators see them: stored per run, read per source. */
package org.ocdsnacional.indexer.runs;
