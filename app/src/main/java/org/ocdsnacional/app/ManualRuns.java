package org.ocdsnacional.app;

import org.ocdsnacional.api.admin.AdminOperations.RunState;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.schedule.HarvestTask;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Runs asked for by an admin when no scheduler runs them: each in its own thread, one per source at a time. */
final class ManualRuns {

    private final HarvestTask task;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    ManualRuns(HarvestTask task) {
        this.task = task;
    }

    RunState start(Source source) {
        if (!running.add(source.id())) {
            return RunState.ALREADY_RUNNING;
        }
        Thread.ofVirtual().name("manual-harvest-" + source.id()).start(() -> {
            try {
                task.run(source, RunTrigger.MANUAL);
            } finally {
                running.remove(source.id());
            }
        });
        return RunState.ACCEPTED;
    }
}
