package org.ocdsnacional.app;

import org.ocdsnacional.api.admin.AdminException;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.admin.SourceStatus;
import org.ocdsnacional.harvester.registry.LiveRegistry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.schedule.HarvestScheduler;
import org.quartz.SchedulerException;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The admin mutations over the live registry: runs go through the Quartz scheduler when it runs (so they queue
 * behind a run of the same source), otherwise straight to the harvester; statuses and reloads change the
 * in-memory registry that runs, the scheduler's jobs and the API read.
 */
final class RegistryAdmin implements AdminOperations {

    private final LiveRegistry registry;
    private final Supplier<Optional<HarvestScheduler>> scheduler;
    private final ManualRuns manualRuns;
    private final Supplier<org.ocdsnacional.app.RegistryReload> reload;
    private final boolean harvests;
    private final Predicate<String> harvestedNow;

    /**
     * {@code reload} reads the registry again and makes the schedules follow it (the application's reload);
     * {@code harvests} says whether this instance may run harvests itself (not an API instance);
     * {@code harvestedNow} whether some instance holds a source's lease (is harvesting it).
     */
    RegistryAdmin(LiveRegistry registry, Supplier<Optional<HarvestScheduler>> scheduler, ManualRuns manualRuns,
                  Supplier<org.ocdsnacional.app.RegistryReload> reload, boolean harvests,
                  Predicate<String> harvestedNow) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.manualRuns = manualRuns;
        this.reload = reload;
        this.harvests = harvests;
        this.harvestedNow = harvestedNow;
    }

    @Override
    public RunRequest runSourceNow(String sourceId) {
        Source source = registry.find(sourceId).orElseThrow(() -> AdminException.notFound(sourceId));
        if (source.status() == org.ocdsnacional.harvester.registry.SourceStatus.RETIRED) {
            throw AdminException.retired(sourceId);
        }
        if (harvestedNow.test(sourceId)) {
            return new RunRequest(sourceId, RunState.ALREADY_RUNNING);
        }
        Optional<HarvestScheduler> quartz = scheduler.get();
        if (quartz.isPresent() && scheduled(quartz.get(), sourceId)) {
            return new RunRequest(sourceId, RunState.ACCEPTED);
        }
        if (!harvests) {
            throw AdminException.notHarvesting(sourceId);
        }
        return new RunRequest(sourceId, manualRuns.start(source));
    }

    @Override
    public StatusChange setSourceStatus(String sourceId, SourceStatus status) {
        Source before = registry.setStatus(sourceId, registryStatus(status))
                .orElseThrow(() -> AdminException.notFound(sourceId));
        scheduler.get().ifPresent(this::followRegistry);
        return new StatusChange(sourceId, SourceStatus.valueOf(before.status().name()), status);
    }

    @Override
    public RegistryReload reloadRegistry() {
        org.ocdsnacional.app.RegistryReload outcome = reload.get();
        if (!outcome.applied()) {
            throw AdminException.invalidRegistry(String.join("\n", outcome.problems()));
        }
        return new RegistryReload(outcome.sources(), registry.get().active().size());
    }

    /** The schedules follow the new status: a source made active gets its cron trigger, a frozen one loses it. */
    private void followRegistry(HarvestScheduler quartz) {
        try {
            quartz.update(registry.get());
        } catch (SchedulerException e) {
            throw new IllegalStateException("The schedules could not follow the status change: " + e.getMessage(), e);
        }
    }

    /** Asks Quartz for the run; false when the source came with a reload and Quartz has no job for it. */
    private static boolean scheduled(HarvestScheduler quartz, String sourceId) {
        try {
            quartz.runNow(sourceId);
            return true;
        } catch (IllegalArgumentException unknownToQuartz) {
            return false;
        } catch (SchedulerException e) {
            throw new IllegalStateException("The scheduler refused a run of " + sourceId + ": " + e.getMessage(), e);
        }
    }

    private static org.ocdsnacional.harvester.registry.SourceStatus registryStatus(SourceStatus status) {
        return org.ocdsnacional.harvester.registry.SourceStatus.valueOf(status.name());
    }
}
