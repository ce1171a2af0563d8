package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.query.NationalFlagRates;
import org.ocdsnacional.indexer.query.OrganizationDirectory;
import org.ocdsnacional.indexer.query.OrganizationFlags;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessReleases;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.List;
import java.util.function.Supplier;

/**
 * What the API reads from.
 *
 * @param processes     searches over contracting processes
 * @param aggregations  counts and amounts over processes
 * @param organizations buyers and suppliers across publishers
 * @param releases      the stored releases of processes
 * @param runs          harvest runs
 * @param sources       the registered sources, as currently loaded
 * @param issues        what validation found in each harvest run
 * @param organizationFlags the red flags on organizations themselves (R025, R038, R048)
 * @param nationalRates the national rate of each red flag, as counted after the last harvest
 */
public record ApiBackend(ProcessSearch processes, ProcessAggregations aggregations,
                         OrganizationDirectory organizations, ProcessReleases releases, RunStore runs,
                         Supplier<List<SourceDescriptor>> sources, IssueStore issues,
                         OrganizationFlags organizationFlags, NationalFlagRates nationalRates) {

    /**
     * Every question the API asks, asked of {@code cluster} through the query layer: processes paged by
     * {@code processes} (which carries the paging settings), the registry's sources from {@code sources}.
     */
    public static ApiBackend over(SearchCluster cluster, ObjectMapper mapper, ProcessSearch processes,
                                  Supplier<List<SourceDescriptor>> sources) {
        ProcessAggregations aggregations = ProcessAggregations.create(cluster, mapper);
        return new ApiBackend(processes, aggregations, OrganizationDirectory.create(cluster, mapper, aggregations),
                ProcessReleases.create(cluster, mapper), RunStore.create(cluster, mapper), sources,
                IssueStore.create(cluster, mapper), OrganizationFlags.create(cluster, mapper),
                NationalFlagRates.create(cluster, mapper));
    }
}
