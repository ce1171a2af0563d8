package org.ocdsnacional.harvester.schedule;

import org.ocdsnacional.harvester.registry.LiveRegistry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerContext;
import org.quartz.SchedulerException;

/**
 * The Quartz job of one source (its key's name is the source id): finds the registry and the task in the scheduler
 * context and runs the task with the source as the registry now describes it. One job per source, so {@link
 * DisallowConcurrentExecution} keeps a source from running twice at once. Job data holds only texts, so a
 * persistent job store can keep it. Public only because Quartz instantiates it.
 */
@DisallowConcurrentExecution
public final class HarvestJob implements Job {

    static final String TASK = "harvestTask";
    static final String REGISTRY = "registry";
    static final String TRIGGER = "runTrigger";

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            SchedulerContext shared = context.getScheduler().getContext();
            String sourceId = context.getJobDetail().getKey().getName();
            Source source = ((LiveRegistry) shared.get(REGISTRY)).find(sourceId).orElseThrow(
                    () -> new IllegalStateException("source " + sourceId + " is no longer in the registry"));
            ((HarvestTask) shared.get(TASK)).run(source,
                    RunTrigger.valueOf(context.getMergedJobDataMap().getString(TRIGGER)));
        } catch (SchedulerException | RuntimeException e) {
            throw new JobExecutionException("Harvest of " + context.getJobDetail().getKey().getName()
                    + " failed: " + e.getMessage(), e, false);
        }
    }
}
