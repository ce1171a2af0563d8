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
 * The admin mutations over the live registry, for every instance of the deployment: runs go through the Quartz
 * scheduler when it runs or is shared (so they queue behind a run of the same source), otherwise straight to the
 * harvester here, or, on an instance that does not harvest, to a harvesting instance through the shared decisions;
 * statuses and reloads are shared decisions ({@link SharedAdmin}) that every instance's registry, schedules and API
 * follow.
 */
final class RegistryAdmin implements AdminOperations {

    private final LiveRegistry registry;
    private final Supplier<Optional<HarvestScheduler>> scheduler;
    private final ManualRuns manualRuns;
    private final Supplier<org.ocdsnacional.app.RegistryReload> reload;
    private final SharedAdmin shared;
    private final boolean harvests;
    private final Predicate<String> harvestedNow;

    /**
     * {@code reload} reads the registry again and makes the schedules follow it (the application's reload);
     * {@code shared} the decisions every instance follows; {@code harvests} says whether this instance may run
     * harvests itself (not an API instance); {@code harvestedNow} whether some instance holds a source's lease (is
     * harvesting it).
     */
    RegistryAdmin(LiveRegistry registry, Supplier<Optional<HarvestScheduler>> scheduler, ManualRuns manualRuns,
                  Supplier<org.ocdsnacional.app.RegistryReload> reload, SharedAdmin shared, boolean harvests,
                  Predicate<String> harvestedNow) {
        this.registry = registry;
        this.scheduler = scheduler;
        this.manualRuns = manualRuns;
        this.reload = reload;
        this.shared = shared;
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
        if (harvests) {
            return new RunRequest(sourceId, manualRuns.start(source));
        }
        if (!shared.askRun(sourceId)) {
            throw AdminException.notHarvesting(sourceId);
        }
        return new RunRequest(sourceId, RunState.ACCEPTED);
    }

    @Override
    public StatusChange setSourceStatus(String sourceId, SourceStatus status) {
        Source before = shared.setStatus(sourceId, registryStatus(status))
                .orElseThrow(() -> AdminException.notFound(sourceId));
        return new StatusChange(sourceId, SourceStatus.valueOf(before.status().name()), status);
    }

    @Override
    public RegistryReload reloadRegistry() {
        org.ocdsnacional.app.RegistryReload outcome = reload.get();
        if (!outcome.applied()) {
            throw AdminException.invalidRegistry(String.join("\n", outcome.problems()));
        }
        shared.reloadEverywhere();
        return new RegistryReload(outcome.sources(), registry.get().active().size());
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
