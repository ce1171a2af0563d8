/**
 * Where schemas and extensions come from: an offline mirror laid out by URL, or HTTP with a disk cache. The library
 * opens no connection itself: HTTP goes through a {@link org.ocdsnacional.ocds.schema.SchemaFetcher} that the
 * application gives (its HTTP policy, since extension URLs come from publishers' data).
 */
package org.ocdsnacional.ocds.schema;
