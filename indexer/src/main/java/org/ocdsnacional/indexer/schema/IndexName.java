package org.ocdsnacional.indexer.schema;

/**
 * The indices of ocds-nacional. Code reads and writes through the alias; the concrete index carries a
 * version ({@code ocds-processes-v1}) so that a new mapping can be built beside the old one and swapped in.
 */
public enum IndexName {
    RELEASES("ocds-releases", 1, "releases.json"),
    /** v3: each supplier carries what was awarded to it, once per award (documents of v2 are rebuilt). */
    PROCESSES("ocds-processes", 3, "processes.json"),
    RUNS("ocds-runs", 1, "runs.json"),
    DOCUMENTS("ocds-documents", 1, "documents.json"),
    /** Validation per harvest run: issues grouped by type and path, and one report document per run. */
    ISSUES("ocds-issues", 1, "issues.json");

    private final String alias;
    private final int version;
    private final String mappingResource;

    IndexName(String alias, int version, String mappingResource) {
        this.alias = alias;
        this.version = version;
        this.mappingResource = mappingResource;
    }

    /** The alias every read and write goes through. */
    public String alias() {
        return alias;
    }

    /** The concrete index behind the alias. */
    public String versioned() {
        return alias + "-v" + version;
    }

    String mappingResource() {
        return "/opensearch/" + mappingResource;
    }
}
