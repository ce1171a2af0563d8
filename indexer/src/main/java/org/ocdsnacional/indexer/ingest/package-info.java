/**
 * Writing harvested data: releases in bulk (every item's result checked), then one document per touched
 * contracting process, compiled from all its releases across sources.
 */
package org.ocdsnacional.indexer.ingest;
