/**
 * The read side the API needs: searching processes with typed filters and opaque cursors, fetching one
 * process, and aggregations. Free text never reaches OpenSearch as query syntax. Aggregations count every process
 * whatever the ordering, sum amounts per currency (never across currencies), and say what a grouping could not
 * place.
 */
package org.ocdsnacional.indexer.query;
