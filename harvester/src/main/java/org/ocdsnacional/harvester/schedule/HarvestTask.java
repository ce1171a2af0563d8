package org.ocdsnacional.harvester.schedule;

import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

/** The work a scheduled or requested run does, e.g. {@code (source, trigger) -> harvester.harvest(...)}. */
@FunctionalInterface
public interface HarvestTask {

    void run(Source source, RunTrigger trigger);
}
