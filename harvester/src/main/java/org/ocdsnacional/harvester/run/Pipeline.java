package org.ocdsnacional.harvester.run;

import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.validate.ReleaseValidator;

/**
 * What every run shares: how documents are read and validated, where releases go, and in batches of what size.
 *
 * @param reader    reads documents as OCDS
 * @param validator validates each release
 * @param sink      receives batches of releases and the runs
 * @param batchSize releases per batch handed to the sink
 */
record Pipeline(OcdsReader reader, ReleaseValidator validator, HarvestSink sink, int batchSize) {
}
