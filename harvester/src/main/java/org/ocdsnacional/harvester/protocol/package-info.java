/**
 * One adapter per source protocol ({@code ocds-url}, {@code links-next}, {@code inai-edca}, {@code pdn-s6},
 * {@code offset-window}, {@code ckan}, {@code linked-records}), looked up by name. An adapter walks its protocol's
 * endpoints through a {@link org.ocdsnacional.harvester.protocol.SourceSession}, which fetches under the source's
 * HTTP policy, counts, records failures and reads each document handed over as OCDS.
 */
package org.ocdsnacional.harvester.protocol;
