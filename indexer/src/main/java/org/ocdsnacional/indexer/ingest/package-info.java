/**
 * Writing harvested data: the stored hashes that tell a run what changed, releases in bulk (every item's result
 * checked) after the process documents they touch, recompiled from all their releases across sources and read back
 * by id; and the withdrawal of what a source no longer publishes, flagged and never deleted.
 */
package org.ocdsnacional.indexer.ingest;
