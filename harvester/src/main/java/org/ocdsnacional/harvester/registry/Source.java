package org.ocdsnacional.harvester.registry;

import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.util.Objects;

/**
 * One publication endpoint of the registry: who publishes, how to harvest it and when.
 *
 * @param id         stable id (lower case, digits and hyphens); part of run ids and process keys
 * @param name       display name
 * @param state      ISO 3166-2:MX code (e.g. {@code MX-JAL}) or {@code federal}
 * @param level      level of government
 * @param kind       kind of publisher, e.g. {@code transparency-institute}
 * @param status     active, frozen or retired
 * @param protocol   the protocol spoken to it, e.g. {@code inai-edca}
 * @param parameters the protocol's parameters
 * @param schedule   Quartz cron expression of its harvests
 * @param http       HTTP options
 */
public record Source(String id, String name, String state, GovernmentLevel level, String kind, SourceStatus status,
                     String protocol, ProtocolParameters parameters, String schedule, HttpOptions http) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(http, "http");
    }

    public boolean isActive() {
        return status == SourceStatus.ACTIVE;
    }

    /** What the API shows about this source. */
    public SourceDescriptor toDescriptor() {
        return new SourceDescriptor(id, name, state, level.code(), kind, status.code(), protocol, schedule);
    }
}
