package org.ocdsnacional.app;

import org.ocdsnacional.api.admin.AdminException;
import org.ocdsnacional.api.admin.AdminOperations;
import org.ocdsnacional.api.admin.SourceStatus;
import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.RegistryException;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.schedule.HarvestScheduler;
import org.quartz.SchedulerException;

import java.util.Optional;
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

    RegistryAdmin(LiveRegistry registry, Supplier<Optional<HarvestScheduler>> scheduler, ManualRuns manualRuns) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.manualRuns = manualRuns;
    }

    @Override
    public RunRequest runSourceNow(String sourceId) {
        Source source = registry.current().find(sourceId).orElseThrow(() -> AdminException.notFound(sourceId));
        Optional<HarvestScheduler> quartz = scheduler.get();
        if (quartz.isPresent() && scheduled(quartz.get(), sourceId)) {
            return new RunRequest(sourceId, RunState.ACCEPTED);
        }
        return new RunRequest(sourceId, manualRuns.start(source));
    }

    @Override
    public StatusChange setSourceStatus(String sourceId, SourceStatus status) {
        Source before = registry.setStatus(sourceId, registryStatus(status))
                .orElseThrow(() -> AdminException.notFound(sourceId));
        return new StatusChange(sourceId, SourceStatus.valueOf(before.status().name()), status);
    }

    @Override
    public RegistryReload reloadRegistry() {
        try {
            Registry reloaded = registry.reload();
            return new RegistryReload(reloaded.sources().size(), reloaded.active().size());
        } catch (RegistryException e) {
            throw AdminException.invalidRegistry(e.getMessage());
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
