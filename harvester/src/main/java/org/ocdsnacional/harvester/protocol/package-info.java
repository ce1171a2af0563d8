/**
 * One adapter per source protocol ({@code ocds-url}, {@code inai-edca}, ...), looked up by name. An adapter
 * walks its protocol's endpoints through a {@link org.ocdsnacional.harvester.protocol.SourceSession}, which
 * fetches, counts, records failures and reads each document handed over as OCDS.
 */
package org.ocdsnacional.harvester.protocol;
