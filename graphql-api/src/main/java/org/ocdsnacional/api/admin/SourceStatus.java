package org.ocdsnacional.api.admin;

/** The statuses an admin can give a source (the registry's {@code status} values, in upper case). */
public enum SourceStatus {
    /** Harvested on its schedule. */
    ACTIVE,
    /** Kept and searchable, not harvested on schedule; runs on demand still allowed. */
    FROZEN,
    /** Endpoint gone: kept and searchable, not harvested on schedule. */
    RETIRED
}
