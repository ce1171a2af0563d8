package org.ocdsnacional.harvester.schedule;

import org.ocdsnacional.harvester.registry.LiveRegistry;
import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.GroupMatcher;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Fires harvests: every active source on its cron (when schedules are on), and any source that is not retired on
 * demand. Quartz with an in-memory job store, or with its clustered JDBC job store on PostgreSQL shared by every
 * instance that harvests (each trigger then fires on one instance; a run asked for on any instance, even one that
 * does not harvest, is fired by one of them); a run that would overlap a running one of the same source waits for
 * it. {@link #update} follows a reloaded registry: new sources get a job, removed ones lose it, changed schedules
 * and statuses take effect. {@link #catchUp} harvests soon, one after another, what the schedule missed while the
 * service was down.
 */
public final class HarvestScheduler implements AutoCloseable {

    private static final String GROUP = "harvest";
    private static final String CATCH_UP_GROUP = "catch-up";
    private static final String SHARED_NAME = "ocds-nacional-harvest";

    private final Scheduler scheduler;
    private final LiveRegistry registry;
    private final ScheduleSettings settings;

    private HarvestScheduler(Scheduler scheduler, LiveRegistry registry, ScheduleSettings settings) {
        this.scheduler = scheduler;
        this.registry = registry;
        this.settings = settings;
    }

    /** A scheduler (not started) with one job per registered source and a cron trigger per active one. */
    public static HarvestScheduler create(LiveRegistry registry, HarvestTask task, ScheduleSettings settings)
            throws SchedulerException {
        if (settings.store().isPresent()) {
            QuartzTables.ensure(settings.store().get());
        }
        Scheduler scheduler = new StdSchedulerFactory(quartzProperties(settings)).getScheduler();
        scheduler.getContext().put(HarvestJob.TASK, task);
        scheduler.getContext().put(HarvestJob.REGISTRY, registry);
        HarvestScheduler created = new HarvestScheduler(scheduler, registry, settings);
        created.update(registry.get());
        return created;
    }

    /**
     * The shared schedule of {@code settings.store()} as it is, for an instance that does not harvest (never started):
     * runs it asks for and the changes it makes (an admin's) go to the shared store, for the harvesting instances to
     * fire. Nothing is changed on connecting.
     */
    public static HarvestScheduler connect(LiveRegistry registry, HarvestTask task, ScheduleSettings settings)
            throws SchedulerException {
        if (settings.store().isEmpty()) {
            throw new IllegalArgumentException("only a shared schedule can be connected to");
        }
        QuartzTables.ensure(settings.store().get());
        Scheduler scheduler = new StdSchedulerFactory(quartzProperties(settings)).getScheduler();
        scheduler.getContext().put(HarvestJob.TASK, task);
        scheduler.getContext().put(HarvestJob.REGISTRY, registry);
        return new HarvestScheduler(scheduler, registry, settings);
    }

    public void start() throws SchedulerException {
        scheduler.start();
    }

    /** Makes jobs and triggers match {@code registry}. */
    public synchronized void update(Registry registry) throws SchedulerException {
        Set<JobKey> wanted = registry.sources().stream().map(source -> jobKey(source.id()))
                .collect(Collectors.toSet());
        for (JobKey existing : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!wanted.contains(existing)) {
                scheduler.deleteJob(existing);
            }
        }
        for (Source source : registry.sources()) {
            scheduler.addJob(job(source), true);
            schedule(source);
        }
    }

    /**
     * Asks for a run of {@code sourceId} now; returns at once. Unknown and retired sources are refused with an
     * {@link IllegalArgumentException} that says why (Spanish / English).
     */
    public void runNow(String sourceId) throws SchedulerException {
        Source source = registry.find(sourceId).orElseThrow(() -> new IllegalArgumentException(
                "No hay una fuente «" + sourceId + "» en el registro / No source «" + sourceId + "» in the registry"));
        if (source.status() == SourceStatus.RETIRED) {
            throw new IllegalArgumentException("La fuente «" + source.id() + "» está retirada: su dirección ya no "
                    + "existe / Source «" + source.id() + "» is retired: its endpoint is gone");
        }
        scheduler.triggerJob(jobKey(source.id()), new JobDataMap(Map.of(HarvestJob.TRIGGER, RunTrigger.MANUAL.name())));
    }

    /**
     * Asks for one run, soon and staggered, of every active source never harvested or whose last success (in
     * {@code lastSuccesses}, by source id) is older than its schedule's period; nothing when schedules do not fire or
     * catching up is off. Returns the runs asked for, in the order they start.
     */
    public synchronized List<CatchUpRun> catchUp(Map<String, Instant> lastSuccesses, Instant now)
            throws SchedulerException {
        if (!settings.fireSchedules() || !settings.catchUp().enabled()) {
            return List.of();
        }
        List<CatchUpRun> plan = CatchUpPlan.of(registry.get().sources(), lastSuccesses, now, settings.catchUp(),
                settings.timeZone());
        List<CatchUpRun> asked = new ArrayList<>();
        for (CatchUpRun run : plan) {
            if (askOnce(once(run))) {
                asked.add(run);
            }
        }
        return asked;
    }

    /** The cron expression a source is scheduled with, if it is scheduled. */
    public Optional<String> scheduleOf(String sourceId) throws SchedulerException {
        Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(sourceId, GROUP));
        return trigger instanceof CronTrigger cron ? Optional.of(cron.getCronExpression())
                : Optional.empty();
    }

    /** Stops firing and waits for the runs in progress to end (each is bounded by its source's call timeouts). */
    @Override
    public void close() throws SchedulerException {
        scheduler.shutdown(true);
    }

    private void schedule(Source source) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey(source.id(), GROUP);
        if (!source.isActive() || !settings.fireSchedules()) {
            scheduler.unscheduleJob(key);
            return;
        }
        Trigger wanted = cron(source);
        Trigger existing = scheduler.getTrigger(key);
        if (existing == null) {
            if (created(wanted)) {
                return;
            }
            existing = scheduler.getTrigger(key);
        }
        if (existing != null && !firesAsWanted(existing, (CronTrigger) wanted)) {
            scheduler.rescheduleJob(key, wanted);
        }
    }

    /** Schedules a new trigger; false when another instance sharing the store scheduled it meanwhile. */
    private boolean created(Trigger trigger) throws SchedulerException {
        try {
            scheduler.scheduleJob(trigger);
            return true;
        } catch (ObjectAlreadyExistsException scheduledMeanwhile) {
            return false;
        }
    }

    /**
     * Whether a scheduled trigger already fires on {@code wanted}'s cron, in a state that fires: it is then kept as it
     * is, with its next fire time. Replacing it would start the schedule over, and another instance sharing the store
     * (or a reload) could fire again an occurrence that was already fired. A trigger in error (or paused by hand in
     * the store) is replaced, as every start used to.
     */
    private boolean firesAsWanted(Trigger existing, CronTrigger wanted) throws SchedulerException {
        Trigger.TriggerState state = scheduler.getTriggerState(existing.getKey());
        return (state == Trigger.TriggerState.NORMAL || state == Trigger.TriggerState.BLOCKED)
                && existing instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID());
    }

    /**
     * Schedules a catch-up run unless one of the source is pending already: another instance sharing the store asked
     * for it when it started, and the source is harvested once.
     */
    private boolean askOnce(Trigger once) throws SchedulerException {
        if (scheduler.checkExists(once.getKey())) {
            return false;
        }
        try {
            scheduler.scheduleJob(once);
            return true;
        } catch (ObjectAlreadyExistsException askedMeanwhile) {
            return false;
        }
    }

    private static Trigger once(CatchUpRun run) {
        return TriggerBuilder.newTrigger().withIdentity(run.sourceId(), CATCH_UP_GROUP).forJob(jobKey(run.sourceId()))
                .usingJobData(HarvestJob.TRIGGER, RunTrigger.SCHEDULE.name())
                .startAt(Date.from(run.at()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private static JobDetail job(Source source) {
        return JobBuilder.newJob(HarvestJob.class).withIdentity(jobKey(source.id())).storeDurably().build();
    }

    /**
     * The cron trigger of a source, starting one second from now: Quartz's first fire time of a cron trigger is the
     * first occurrence after its start time less one second, so a trigger starting now would fire an occurrence of
     * the second just gone by, which the trigger it replaces (here or on another instance) may have fired already.
     */
    private Trigger cron(Source source) {
        return TriggerBuilder.newTrigger().withIdentity(source.id(), GROUP).forJob(jobKey(source.id()))
                .usingJobData(HarvestJob.TRIGGER, RunTrigger.SCHEDULE.name())
                .startAt(Date.from(Instant.now().plusSeconds(1)))
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
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", String.valueOf(settings.threads()));
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        if (settings.store().isEmpty()) {
            // Quartz keeps schedulers in a process-wide repository by name: each in-memory one needs its own.
            properties.setProperty("org.quartz.scheduler.instanceName", "harvest-" + UUID.randomUUID());
            properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            return properties;
        }
        SharedStore store = settings.store().get();
        // One name for every instance sharing the store: it is the schedule's name in the tables.
        properties.setProperty("org.quartz.scheduler.instanceName", SHARED_NAME);
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", "schedule");
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        properties.setProperty("org.quartz.dataSource.schedule.provider", "hikaricp");
        properties.setProperty("org.quartz.dataSource.schedule.driver", "org.postgresql.Driver");
        properties.setProperty("org.quartz.dataSource.schedule.URL", store.url());
        properties.setProperty("org.quartz.dataSource.schedule.user", store.user());
        properties.setProperty("org.quartz.dataSource.schedule.password", store.password());
        properties.setProperty("org.quartz.dataSource.schedule.maxConnections",
                String.valueOf(settings.threads() + 3));
        return properties;
    }
}
