/**
 * One adapter per source protocol ({@code ocds-url}, {@code links-next}, {@code inai-edca}, {@code pdn-s6},
 * {@code offset-window}, {@code ckan}, {@code linked-records}), looked up by name. An adapter walks its protocol's
 * endpoints through a {@link org.ocdsnacional.harvester.protocol.SourceSession}, which fetches under the source's
 * HTTP policy, counts, records failures and reads each document handed over as OCDS. Pages of APIs and the bodies
 * an adapter walks by (years, counts, CKAN datasets, tokens, links) are parsed through the session too, never with
 * Jackson on the raw bytes, so they are unpacked and decoded as documents are.
 */
package org.ocdsnacional.harvester.protocol;
