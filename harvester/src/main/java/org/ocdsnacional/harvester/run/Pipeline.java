package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.validate.ReleaseValidator;

/**
 * What every run shares: how documents are read and validated, where releases go, what storage holds, and in
 * batches of what size.
 *
 * @param reader          reads documents as OCDS, and the bodies protocols walk by as JSON, whatever their
 *                        container and encoding
 * @param validator       validates each new or changed release
 * @param sink            receives batches of new and changed releases, and the runs
 * @param store           what is already stored
 * @param batchSize       releases per batch compared with storage and handed to the sink
 * @param withdrawalLimit largest fraction of a source's processes that one run may withdraw
 */
record Pipeline(OcdsReader reader, ReleaseValidator validator, HarvestSink sink,
                HarvestStore store, int batchSize, double withdrawalLimit) {
}
