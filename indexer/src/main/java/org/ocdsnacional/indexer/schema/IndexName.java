package org.ocdsnacional.indexer.schema;

import org.ocdsnacional.indexer.cluster.SearchCluster;

/**
 * The indices of ocds-nacional. Code reads and writes through the alias; the concrete index carries a
 * version ({@code ocds-processes-v1}) so that a new mapping can be built beside the old one and swapped in. Every
 * name begins with the deployment's index prefix ({@link SearchCluster#indexPrefix()}, {@code ocds} by default),
 * so that several deployments can share one cluster.
 */
public enum IndexName {
    RELEASES("releases", 1, "releases.json"),
    /**
     * v3: each supplier carries what was awarded to it, once per award (documents of v2 are rebuilt). v4: the fields
     * each process has among those a publisher should give (coverage), and its red flags (computed for documents of
     * v3 at the next start, see {@code flags.NationalFlags#catchUp}). v5: the summary a download reads, a stored field
     * ({@link ProcessSummary}; documents of v4 are rebuilt). v6: the summary as binary doc values instead of a stored
     * field, a column read without decompressing the stored-field blocks it shared with the compiled release
     * (documents of v5 and older are rebuilt).
     */
    PROCESSES("processes", 6, "processes.json"),
    RUNS("runs", 1, "runs.json"),
    DOCUMENTS("documents", 1, "documents.json"),
    /** Validation per harvest run: issues grouped by type and path, and one report document per run. */
    ISSUES("issues", 1, "issues.json"),
    /** The population statistics of the red flags, and the organizations they flag (R025, R038, R048). */
    FLAGS("flags", 1, "flags.json"),
    /** The reference lists of organizations by RFC (SAT's article 69-B, sanctioned suppliers), one entry a row. */
    REFERENCE_LISTS("reference-lists", 1, "lists.json"),
    /** Who harvests each source now: one lease document per source, with its owner and expiry. */
    LEASES("leases", 1, "leases.json"),
    /**
     * What an admin decided, for every instance to follow: the statuses given to sources, the latest registry reload
     * asked for, the runs asked for and not yet started, and the harvesting instances alive.
     */
    ADMIN("admin", 1, "admin.json");

    private final String key;
    private final int version;
    private final String mappingResource;

    IndexName(String key, int version, String mappingResource) {
        this.key = key;
        this.version = version;
        this.mappingResource = mappingResource;
    }

    /** The index's name without prefix, as configuration keys name it ({@code opensearch.replicas.processes}). */
    public String key() {
        return key;
    }

    /** The alias every read and write goes through, in the deployment {@code cluster} serves. */
    public String alias(SearchCluster cluster) {
        return cluster.indexPrefix() + "-" + key;
    }

    /** The concrete index behind the alias, in the deployment {@code cluster} serves. */
    public String versioned(SearchCluster cluster) {
        return alias(cluster) + "-v" + version;
    }

    int version() {
        return version;
    }

    String mappingResource() {
        return "/opensearch/" + mappingResource;
    }
}
