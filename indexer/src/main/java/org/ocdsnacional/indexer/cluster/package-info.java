/**
 * Connecting to OpenSearch: an embedded node in this process by default, asked in-process through its REST layer
 * (it serves HTTP too, for operators and tools), or an external cluster asked over HTTP. Everything above speaks
 * OpenSearch's REST API through {@link org.ocdsnacional.indexer.cluster.SearchCluster} either way.
 */
package org.ocdsnacional.indexer.cluster;
