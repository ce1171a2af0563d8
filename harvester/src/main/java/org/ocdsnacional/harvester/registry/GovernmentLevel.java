package org.ocdsnacional.harvester.registry;

import java.util.Locale;

/** The level of government a publisher belongs to. */
public enum GovernmentLevel {
    FEDERAL, STATE, MUNICIPAL;

    /** The name used in {@code registry.yaml} and shown by the API. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
