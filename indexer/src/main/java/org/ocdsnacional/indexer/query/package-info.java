/**
 * The read side the API needs: searching processes with typed filters and opaque cursors, fetching one
 * process, and aggregations. Free text never reaches OpenSearch as query syntax.
 */
package org.ocdsnacional.indexer.query;
