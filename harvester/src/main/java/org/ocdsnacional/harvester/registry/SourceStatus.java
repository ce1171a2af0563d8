package org.ocdsnacional.harvester.registry;

import java.util.Locale;

/** Where a publisher stands in its life. */
public enum SourceStatus {
    /** Publishing: harvested on its schedule. */
    ACTIVE,
    /** Stopped updating or cannot be harvested automatically for now: kept, not scheduled, manual runs allowed. */
    FROZEN,
    /** Endpoint gone: kept for the record and for the data already indexed; not scheduled. */
    RETIRED;

    /** The name used in {@code registry.yaml} and shown by the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
