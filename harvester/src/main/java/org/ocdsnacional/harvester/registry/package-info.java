/**
 * The registry of publishers: {@code registry.yaml} and its typed model ({@link
 * org.ocdsnacional.harvester.registry.Source}, {@link org.ocdsnacional.harvester.registry.HttpOptions}, protocol
 * parameters). Loading checks every entry and reports each mistake with file, line and reason.
 */
package org.ocdsnacional.harvester.registry;
