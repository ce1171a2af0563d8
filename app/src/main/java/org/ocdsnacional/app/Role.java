package org.ocdsnacional.app;

/**
 * What a serving instance does. Every role serves the same HTTP endpoints (API, health, metrics); the roles differ
 * in whether the instance harvests.
 */
public enum Role {
    /** API and harvests: the single-instance default. */
    ALL,
    /** API only: no scheduler, no harvest, no run taken over; can be added or removed at will. */
    API,
    /** Harvests on the shared schedule and takes over the runs of instances that died; serves HTTP too. */
    HARVESTER;

    /** Whether instances of this role run harvests (scheduled, caught up, asked for, taken over). */
    boolean harvests() {
        return this != API;
    }
}
