package org.ocdsnacional.ocds.pipeline;

/**
 * What the API shows about a registered source, without the harvesting details.
 *
 * @param id       stable registry id
 * @param name     display name
 * @param state    ISO 3166-2:MX code (e.g. {@code MX-JAL}) or {@code federal}
 * @param level    level of government: federal, state, municipal
 * @param kind     kind of publisher, e.g. transparency-institute
 * @param status   active, frozen or retired
 * @param protocol the protocol the harvester speaks to it
 * @param schedule Quartz cron expression of its harvests
 */
public record SourceDescriptor(String id, String name, String state, String level, String kind, String status,
                               String protocol, String schedule) {
}
