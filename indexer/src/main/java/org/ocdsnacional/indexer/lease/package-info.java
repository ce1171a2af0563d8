/**
 * Leases in OpenSearch that make a source's harvest exclusive across instances: one document per source, created
 * only if absent, renewed by its owner's heartbeat, taken over by another instance only once it has expired.
 */
package org.ocdsnacional.indexer.lease;
