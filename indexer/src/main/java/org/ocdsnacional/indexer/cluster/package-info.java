/** Connecting to OpenSearch: an embedded node in this process by default, or an external cluster. */
package org.ocdsnacional.indexer.cluster;
