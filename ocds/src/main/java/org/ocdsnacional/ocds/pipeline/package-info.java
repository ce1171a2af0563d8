/**
 * Values that the harvester hands to the indexer (through the application): harvested releases,
 * harvest runs and the descriptors of sources. Shared here so that neither module imports the other.
 */
package org.ocdsnacional.ocds.pipeline;
