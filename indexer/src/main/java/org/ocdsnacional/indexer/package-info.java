/**
 * Everything that touches OpenSearch: the embedded node, versioned indices behind aliases, bulk ingest,
 * compiling one document per contracting process, harvest runs, and the read-side queries of the API.
 */
package org.ocdsnacional.indexer;
