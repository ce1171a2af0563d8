package org.ocdsnacional.harvester.schedule;

import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

import java.util.Map;
import java.util.Properties;
import java.util.TimeZone;
import java.util.UUID;

/**
 * Fires harvests: every active source on its cron, and any registered source on demand. Quartz with an in-memory
 * job store; a run that would overlap a running one of the same source waits for it.
 */
public final class HarvestScheduler implements AutoCloseable {

    private static final String GROUP = "harvest";

    private final Scheduler scheduler;

    private HarvestScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** A scheduler (not started) with one job per registered source and a cron trigger per active one. */
    public static HarvestScheduler create(Registry registry, HarvestTask task, ScheduleSettings settings)
            throws SchedulerException {
        Scheduler scheduler = new StdSchedulerFactory(quartzProperties(settings)).getScheduler();
        scheduler.getContext().put(HarvestJob.TASK, task);
        scheduler.getContext().put(HarvestJob.REGISTRY, registry);
        for (Source source : registry.sources()) {
            scheduler.addJob(job(source), false);
            if (source.isActive()) {
                scheduler.scheduleJob(cron(source, settings));
            }
        }
        return new HarvestScheduler(scheduler);
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    /** Asks for a run of {@code sourceId} now; returns at once. Unknown ids are refused. */
    public void runNow(String sourceId) throws SchedulerException {
        JobKey key = jobKey(sourceId);
        if (!scheduler.checkExists(key)) {
            throw new IllegalArgumentException("No source with id \"" + sourceId + "\" in the registry");
        }
        scheduler.triggerJob(key, new JobDataMap(Map.of(HarvestJob.TRIGGER, RunTrigger.MANUAL.name())));
    }

    /** Stops firing and waits for the runs in progress to end (each is bounded by its source's call timeouts). */
    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }

    private static JobDetail job(Source source) {
        return JobBuilder.newJob(HarvestJob.class).withIdentity(jobKey(source.id())).storeDurably().build();
    }

    private static Trigger cron(Source source, ScheduleSettings settings) {
        return TriggerBuilder.newTrigger().withIdentity(source.id(), GROUP).forJob(jobKey(source.id()))
                .usingJobData(HarvestJob.TRIGGER, RunTrigger.SCHEDULE.name())
                .withSchedule(CronScheduleBuilder.cronSchedule(source.schedule())
                        .inTimeZone(TimeZone.getTimeZone(settings.timeZone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }

    private static JobKey jobKey(String sourceId) {
        return JobKey.jobKey(sourceId, GROUP);
    }

    private static Properties quartzProperties(ScheduleSettings settings) {
        Properties properties = new Properties();
        // Quartz keeps schedulers in a process-wide repository by name: each instance needs its own.
        properties.setProperty("org.quartz.scheduler.instanceName", "harvest-" + UUID.randomUUID());
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return properties;
    }
}
