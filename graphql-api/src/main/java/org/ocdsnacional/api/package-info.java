/**
 * The national GraphQL API: the schema (an SDL file on the classpath), its data fetchers over the indexer's
 * read side, error handling that never leaks internals, and the Helidon SE routes that serve it.
 */
package org.ocdsnacional.api;
