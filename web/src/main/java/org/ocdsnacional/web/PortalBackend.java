package org.ocdsnacional.web;

import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.query.NationalFlagRates;
import org.ocdsnacional.indexer.query.OrganizationDirectory;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessReleases;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the portal reads from: the indexer's query layer, the same objects the GraphQL API reads.
 *
 * @param processes     searches over contracting processes
 * @param aggregations  counts and amounts over processes
 * @param organizations buyers and suppliers across publishers
 * @param releases      the stored releases of processes
 * @param runs          harvest runs
 * @param sources       the registered sources, as currently loaded
 * @param issues        what validation found in each harvest run
 * @param nationalRates the national rate of each red flag, as counted after the last harvest (the API's)
 */
public record PortalBackend(ProcessSearch processes, ProcessAggregations aggregations,
                            OrganizationDirectory organizations, ProcessReleases releases, RunStore runs,
                            Supplier<List<SourceDescriptor>> sources, IssueStore issues,
                            NationalFlagRates nationalRates) {
}
