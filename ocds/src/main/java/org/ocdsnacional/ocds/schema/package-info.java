/**
 * Where schemas, codelists and extensions come from, by the URL they are published at: the files shipped with the
 * application ({@link org.ocdsnacional.ocds.schema.ShippedSchemaSource}), an offline mirror laid out by URL, or HTTP
 * with a disk cache, asked in that order by a {@link org.ocdsnacional.ocds.schema.ChainedSchemaSource}. The library
 * opens no connection itself: HTTP goes through a {@link org.ocdsnacional.ocds.schema.SchemaFetcher} that the
 * application gives (its HTTP policy, since extension URLs come from publishers' data).
 */
package org.ocdsnacional.ocds.schema;
