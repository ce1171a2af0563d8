package org.ocdsnacional.app;

import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * Finds the runs whose instance died (marked running, their source's lease expired or gone) and harvests their
 * sources again, each taken over by exactly one instance: the dead run is marked interrupted and a new run, with
 * the same trigger, starts from the source's beginning. Since a harvest skips what is already stored and withdraws
 * only after a complete run, the index ends as after one uninterrupted run.
 */
final class RunRecovery implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecovery.class);

    private final RunStore runs;
    private final ExclusiveHarvests harvests;
    private final BiPredicate<String, RunTrigger> harvest;
    private final Set<String> takingOver = ConcurrentHashMap.newKeySet();

    /** {@code harvest} runs one source, its lease held, as the registry now describes it (false: it did not). */
    RunRecovery(RunStore runs, ExclusiveHarvests harvests, BiPredicate<String, RunTrigger> harvest) {
        this.runs = runs;
        this.harvests = harvests;
        this.harvest = harvest;
    }

    @Override
    public void run() {
        try {
            runs.running().stream()
                    .filter(run -> harvests.liveHolder(run.sourceId()).isEmpty())
                    .forEach(this::takeOver);
        } catch (RuntimeException e) {
            LOG.warn("Runs of stopped instances could not be looked for: {}", e.getMessage());
        }
    }

    private void takeOver(HarvestRun dead) {
        if (!takingOver.add(dead.sourceId())) {
            return;
        }
        Thread.ofVirtual().name("take-over-" + dead.sourceId()).start(() -> {
            try {
                harvests.takeOver(dead, () -> harvest.test(dead.sourceId(), dead.trigger()));
            } catch (RuntimeException e) {
                LOG.error("Run {} of {} could not be taken over", dead.runId(), dead.sourceId(), e);
            } finally {
                takingOver.remove(dead.sourceId());
            }
        });
    }
}
