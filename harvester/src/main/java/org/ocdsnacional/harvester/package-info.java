/**
 * The harvester: reads {@code registry.yaml}, speaks each publisher's protocol over one HTTP policy, reads what
 * comes back as OCDS, validates it and hands the releases of each run to a sink. It knows nothing of OpenSearch.
 *
 * <p>Packages: {@code registry} (the sources and their loading), {@code http} (fetching to disk),
 * {@code protocol} (one adapter per protocol), {@code run} (one harvest run of one source, its counts and
 * errors) and {@code schedule} (Quartz firing runs on each source's cron).
 */
package org.ocdsnacional.harvester;
