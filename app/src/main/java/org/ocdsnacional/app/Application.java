package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.api.ApiBackend;
import org.ocdsnacional.api.ApiServer;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.registry.LiveRegistry;
import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.RegistryException;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.run.Harvester;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.harvester.schedule.CatchUpRun;
import org.ocdsnacional.harvester.schedule.HarvestScheduler;
import org.ocdsnacional.harvester.schedule.ScheduleSettings;
import org.ocdsnacional.indexer.admin.AdminDecisions;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.flags.NationalFlags;
import org.ocdsnacional.indexer.ingest.ProcessRebuild;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.lease.LeaseHolder;
import org.ocdsnacional.indexer.lease.SourceLeases;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.runs.DocumentStateStore;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.ocds.schema.CachingSchemaSource;
import org.ocdsnacional.ocds.schema.ChainedSchemaSource;
import org.ocdsnacional.ocds.schema.HttpSchemaSource;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.ocdsnacional.ocds.schema.ShippedSchemaSource;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;
import org.ocdsnacional.ocds.validate.ValidationReport;
import org.ocdsnacional.web.Portal;
import org.ocdsnacional.web.PortalBackend;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The composition root: OpenSearch (embedded or external), the registry, the harvester feeding the indexer,
 * and, when serving, the scheduler, the registry's reloading and the API server.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ScheduleSettings.DEFAULTS.timeZone());

    private final AppConfig config;
    private final ObjectMapper mapper;
    private final Optional<DataFolderLock> dataFolder;
    private final SearchCluster cluster;
    private final LiveRegistry registry;
    private final Harvester harvester;
    private final RunStore runs;
    private final IssueStore issues;
    private final ExclusiveHarvests exclusive;
    private final Meters meters;
    private final SharedAdmin shared;
    private volatile Optional<HarvestScheduler> scheduler = Optional.empty();
    private List<CatchUpRun> catchUp = List.of();
    private Optional<ScheduledExecutorService> reloader = Optional.empty();
    private Optional<ScheduledExecutorService> recovery = Optional.empty();
    private Role role = Role.ALL;
    private Optional<ApiServer> api = Optional.empty();

    private Application(AppConfig config, ObjectMapper mapper, Optional<DataFolderLock> dataFolder,
                        SearchCluster cluster, LiveRegistry registry, Harvester harvester, RunStore runs,
                        IssueStore issues, ExclusiveHarvests exclusive, Meters meters, SharedAdmin shared) {
        this.config = config;
        this.mapper = mapper;
        this.dataFolder = dataFolder;
        this.cluster = cluster;
        this.registry = registry;
        this.harvester = harvester;
        this.runs = runs;
        this.issues = issues;
        this.exclusive = exclusive;
        this.meters = meters;
        this.shared = shared;
    }

    /**
     * Loads the registry, locks the embedded node's data folder, opens OpenSearch, prepares the indices and the
     * harvester. Nothing is scheduled yet.
     */
    public static Application open(AppConfig config) {
        ObjectMapper mapper = Json.mapper();
        LiveRegistry registry = loadRegistry(config);
        Meters meters = Meters.create();
        SchemaSource schemas = schemaSource(config);
        Optional<DataFolderLock> dataFolder = config.cluster().isEmbedded()
                ? Optional.of(DataFolderLock.take(config.cluster().dataDir())) : Optional.empty();
        SearchCluster cluster;
        try {
            cluster = SearchCluster.open(config.cluster(), mapper);
        } catch (RuntimeException e) {
            meters.close();
            dataFolder.ifPresent(DataFolderLock::close);
            throw e;
        }
        try {
            IndexSetup.ensure(cluster, mapper, config.shards(),
                    Map.of(IndexName.PROCESSES, ProcessRebuild.create(mapper)));
            RunStore runs = RunStore.create(cluster, mapper);
            SourceLeases leases = SourceLeases.create(cluster, mapper, InstanceName.create(), config.leaseTimeToLive(),
                    Clock.systemUTC());
            if (cluster.isEmbedded()) {
                endRunsOfStoppedProcess(leases, runs);
            }
            ExclusiveHarvests exclusive = ExclusiveHarvests.create(leases, runs, Clock.systemUTC());
            SharedAdmin shared = SharedAdmin.follow(AdminDecisions.create(cluster, mapper), registry, leases.owner(),
                    Clock.systemUTC(), sharedAdminPeriod(config));
            IssueStore issues = IssueStore.create(cluster, mapper);
            ReleaseIndexer indexer = ReleaseIndexer.create(cluster, mapper, new ProfileCompiler(
                    MergerProfiles.create(schemas, mapper), merger(schemas, mapper), Clock.systemUTC()),
                    id -> registry.find(id).map(Source::toDescriptor), Clock.systemUTC(),
                    NationalFlags.open(cluster, mapper, config.flags(), Clock.systemUTC()));
            long flagged = indexer.catchUpFlags();
            if (flagged > 0) {
                LOG.info("{} processes flagged under the settings in force (flags.settings)", flagged);
            }
            IndexingSink sink = new IndexingSink(indexer, runs,
                    DocumentStateStore.create(cluster, mapper, Clock.systemUTC()), issues, exclusive::check,
                    new HarvestMetrics(meters.registry()));
            Harvester harvester = Harvester.builder()
                    .validator(SchemaReleaseValidator.create(schemas, mapper))
                    .fetchers(HttpFetcher.factory(config.workDir()))
                    .adapters(ProtocolAdapters.standard(mapper))
                    .sink(sink)
                    .store(sink)
                    .mapper(mapper)
                    .build();
            return new Application(config, mapper, dataFolder, cluster, registry, harvester, runs, issues, exclusive,
                    meters, shared);
        } catch (IOException | RuntimeException e) {
            meters.close();
            cluster.close();
            dataFolder.ifPresent(DataFolderLock::close);
            throw e instanceof RuntimeException runtime ? runtime
                    : new ConfigurationException("No se puede preparar la carpeta de trabajo de las cosechas / The "
                    + "harvest work folder cannot be prepared: " + config.workDir() + " (" + e.getMessage() + ")", e);
        }
    }

    /** How often the admin's shared decisions are read: as often as a run's lease is renewed. */
    private static Duration sharedAdminPeriod(AppConfig config) {
        Duration quarter = config.leaseTimeToLive().dividedBy(4);
        return quarter.compareTo(Duration.ofMillis(100)) < 0 ? Duration.ofMillis(100) : quarter;
    }

    /**
     * The embedded node's data folder is locked by this process, so no other instance shares the index: whatever a
     * stopped process left running (its leases, its runs) is dead, and ended now rather than when leases expire.
     */
    private static void endRunsOfStoppedProcess(SourceLeases leases, RunStore runs) {
        leases.breakAll();
        int interrupted = runs.interruptAllRunning(Clock.systemUTC().instant()).size();
        if (interrupted > 0) {
            LOG.warn("{} run(s) left running by a stopped process were marked interrupted", interrupted);
        }
    }

    /** Serves in the single-instance role: API and harvests. */
    public Application serve() {
        return serve(Role.ALL);
    }

    /**
     * Starts the API server (with the admin mutations: run a source now, change its status, reload the registry)
     * and the public portal beside it on the same port, and the registry's reloading when its file changes; when the role harvests, also the scheduler (firing every
     * active source on its cron when configured, and the runs asked for) and the taking over of runs whose instance
     * died. When any of them cannot start (the API's port taken, say), what was started is stopped, OpenSearch
     * included, and the failure thrown: nothing runs without its API.
     *
     * @throws ConfigurationException when the API cannot listen on its port
     */
    public Application serve(Role role) {
        this.role = role;
        startWarnings().forEach(LOG::warn);
        ManualRuns manualRuns = new ManualRuns(this::harvestCurrent);
        shared.serve(new SharedAdmin.Hooks(role.harvests(), this::schedulesFollowRegistry, this::reloadRegistry,
                manualRuns::start));
        try {
            api = Optional.of(startApi(role, manualRuns));
            if (role.harvests()) {
                scheduler = Optional.of(startScheduler());
                recovery = Optional.of(startRecovery());
            } else if (config.schedulerStore().isPresent()) {
                scheduler = Optional.of(sharedScheduleClient());
            }
            reloader = Optional.of(startReloader());
            return this;
        } catch (ApiServer.StartException e) {
            close();
            throw new ConfigurationException(e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private ApiServer startApi(Role role, ManualRuns manualRuns) {
        ApiBackend backend = ApiBackend.over(cluster, mapper, ProcessSearch.create(cluster, mapper,
                config.api().paging(), Clock.systemUTC()), this::sources);
        Portal portal = Portal.create(new PortalBackend(backend.processes(), backend.aggregations(),
                backend.organizations(), backend.releases(), backend.runs(), this::sources, backend.issues(),
                backend.nationalRates()), config.portal(), mapper);
        return ApiServer.builder().host(config.host()).port(config.port())
                .backend(backend)
                .admin(new RegistryAdmin(registry, () -> scheduler, manualRuns, this::reloadRegistry, shared,
                        role.harvests(), id -> exclusive.liveHolder(id).isPresent()))
                .healthChecks(List.of(new SearchHealth(cluster)))
                .meters(meters.registry())
                .config(config.api())
                .mapper(mapper)
                .moreRoutes(portal::routing)
                .start();
    }

    /**
     * Reads {@code registry.yaml} again and, when it has no mistakes, puts it in force: schedules follow,
     * sources added can be harvested, removed ones no longer are (their data stays). With mistakes, the registry
     * in force stays and every mistake is returned.
     */
    public RegistryReload reloadRegistry() {
        try {
            return applied(registry.reload());
        } catch (RegistryException e) {
            LOG.warn("The registry was not reloaded: {}", e.getMessage());
            return new RegistryReload(false, registry.get().sources().size(),
                    e.problems().stream().map(Object::toString).toList());
        }
    }

    /**
     * Harvests one source now, in this thread.
     *
     * @throws ConfigurationException when the source is not registered, or another run of it is going on (here or
     *                                in another instance)
     */
    public HarvestRun harvest(String sourceId, RunTrigger trigger, ProgressListener progress) {
        Source source = registry().find(sourceId).orElseThrow(() -> new ConfigurationException(
                "No hay una fuente «" + sourceId + "» en el registro / No source «" + sourceId
                        + "» in the registry. Known: " + registry.get().sources().stream().map(Source::id).toList()));
        return exclusive.run(sourceId, () -> harvester.harvest(source, trigger, progress))
                .orElseThrow(() -> new ConfigurationException("«" + sourceId + "» ya se está cosechando"
                        + holder(sourceId) + "; espere a que termine / «" + sourceId + "» is being harvested already; "
                        + "wait until it ends"));
    }

    /** Which instance harvests a source now, in a few words (empty when the lease was released meanwhile). */
    private String holder(String sourceId) {
        return exclusive.liveHolder(sourceId).map(LeaseHolder::owner)
                .map(owner -> " (instancia / instance " + owner + ")").orElse("");
    }

    /** What validation found in a run (its own report, or the one it carried forward); empty if it stored none. */
    public Optional<ValidationReport> validationReport(String runId) {
        return new StoredValidation(issues, mapper).of(runId);
    }

    /** The registry in force (reloaded when its file changes; statuses an admin changed since included). */
    public Registry registry() {
        return registry.get();
    }

    /** Whether active sources are harvested on their schedules (off: only runs asked for). */
    public boolean schedulesFire() {
        return config.scheduler();
    }

    /** What this instance does while serving. */
    public Role role() {
        return role;
    }

    /**
     * What an operator should fix in the configuration this instance serves with, in Spanish and English: several
     * instances (a role other than {@code all}, or a shared schedule) without one {@code api.cursors.secret}, whose
     * cursors then fail on every instance but the one that issued them. Empty when nothing.
     */
    public List<String> startWarnings() {
        boolean several = role != Role.ALL || config.schedulerStore().isPresent();
        if (!several || config.api().paging().cursorSecret().isPresent()) {
            return List.of();
        }
        return List.of("api.cursors.secret no está configurado y esta instancia es una de varias (--role "
                + role.name().toLowerCase(Locale.ROOT) + "): firma los cursores («after») con su propia "
                + "clave aleatoria, y la página siguiente pedida a otra instancia falla; dé a todas el mismo "
                + "API_CURSORS_SECRET (openssl rand -base64 32) / api.cursors.secret is not set and this instance is "
                + "one of several: it signs cursors («after») with its own random key, and the next page asked of "
                + "another instance fails; give them all the same API_CURSORS_SECRET (openssl rand -base64 32)");
    }

    /** The runs asked for at start-up to catch up with what the schedule missed, in the order they start. */
    public List<CatchUpRun> catchUpRuns() {
        return catchUp;
    }

    /** The API's base URL, once serving. */
    public Optional<URI> apiUri() {
        return api.map(ApiServer::uri);
    }

    /** Where OpenSearch answers over HTTP: the cluster's addresses, or the embedded node's if it serves HTTP. */
    public List<URI> searchUris() {
        return cluster.uris();
    }

    /** Where OpenSearch is, in a few words for people: its addresses, and whether it runs in this process. */
    public String searchDescription() {
        if (!cluster.isEmbedded()) {
            return cluster.uris() + " (externo / external)";
        }
        return cluster.uris().isEmpty() ? "integrado, consultado en el proceso / embedded, asked in-process "
                + "(opensearch.http-port lo sirve por HTTP / serves it over HTTP)" : cluster.uris()
                + " (integrado / embedded)";
    }

    @Override
    public void close() {
        reloader.ifPresent(ScheduledExecutorService::shutdownNow);
        recovery.ifPresent(ScheduledExecutorService::shutdownNow);
        scheduler.ifPresent(Application::stop);
        shared.close();
        exclusive.close();
        api.ifPresent(ApiServer::close);
        cluster.close();
        meters.close();
        dataFolder.ifPresent(DataFolderLock::close);
    }

    private List<SourceDescriptor> sources() {
        return registry.get().sources().stream().map(Source::toDescriptor).toList();
    }

    /**
     * Harvests the source as the registry has it now; a scheduled run of a source that is no longer active (an
     * admin froze or retired it) or no longer registered is skipped.
     */
    private void harvestCurrent(Source asScheduled, RunTrigger trigger) {
        if (exclusive.run(asScheduled.id(), () -> harvestIfCurrent(asScheduled.id(), trigger)).isEmpty()) {
            LOG.info("Run of {} skipped: it is being harvested already{}", asScheduled.id(), holder(asScheduled.id()));
        }
    }

    /**
     * With the source's lease held: harvests it, unless it is no longer registered, or active for a scheduled run (as
     * the admin's shared decisions have it now: one made on another instance a moment ago counts).
     */
    private boolean harvestIfCurrent(String sourceId, RunTrigger trigger) {
        try {
            shared.sync();
        } catch (RuntimeException e) {
            LOG.warn("The admin's shared decisions could not be read before the run of {}: {}", sourceId,
                    e.getMessage());
        }
        Optional<Source> source = registry().find(sourceId);
        if (source.isEmpty() || trigger == RunTrigger.SCHEDULE && !source.get().isActive()) {
            LOG.info("Run of {} skipped: the source is no longer active or registered", sourceId);
            return false;
        }
        harvester.harvest(source.get(), trigger, ProgressListener.NONE);
        return true;
    }

    /** Looks for the runs of instances that died, twice per lease lifetime, and takes them over. */
    private ScheduledExecutorService startRecovery() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "run-recovery");
            thread.setDaemon(true);
            return thread;
        });
        long millis = exclusive.recoveryPeriod().toMillis();
        RunRecovery check = new RunRecovery(runs, exclusive, this::harvestIfCurrent);
        executor.scheduleWithFixedDelay(check, millis, millis, TimeUnit.MILLISECONDS);
        return executor;
    }

    private RegistryReload applied(Registry loaded) {
        shared.reloaded(loaded);
        schedulesFollowRegistry();
        LOG.info("Registry reloaded: {} sources", loaded.sources().size());
        return new RegistryReload(true, loaded.sources().size(), List.of());
    }

    /** The schedules follow the registry in force (the file's statuses, with the admin's laid over them). */
    private void schedulesFollowRegistry() {
        scheduler.ifPresent(running -> {
            try {
                running.update(registry.get());
            } catch (SchedulerException e) {
                LOG.error("The schedules could not follow the registry", e);
            }
        });
    }

    private ScheduledExecutorService startReloader() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "registry-reload");
            thread.setDaemon(true);
            return thread;
        });
        long seconds = Math.max(1, config.registryReloadInterval().toSeconds());
        executor.scheduleWithFixedDelay(this::reloadIfChanged, seconds, seconds, TimeUnit.SECONDS);
        long millis = shared.period().toMillis();
        executor.scheduleWithFixedDelay(shared::poll, millis, millis, TimeUnit.MILLISECONDS);
        return executor;
    }

    private void reloadIfChanged() {
        try {
            registry.reloadIfChanged().ifPresent(this::applied);
        } catch (RegistryException e) {
            LOG.warn("registry.yaml changed but has mistakes; the registry in force stays:\n{}", e.getMessage());
        }
    }

    /**
     * The shared schedule, not started: an instance that does not harvest puts the runs asked for and an admin's
     * changes there, and the harvesting instances fire them. Its own {@code harvest.scheduler} (off on API instances)
     * is the harvesters' business: the changes it makes follow schedules that fire.
     */
    private HarvestScheduler sharedScheduleClient() {
        try {
            return HarvestScheduler.connect(registry, this::harvestCurrent, scheduleSettings().firingSchedules(true));
        } catch (SchedulerException e) {
            throw new ConfigurationException("No se pudo abrir el calendario compartido / The shared schedule could "
                    + "not be opened: " + e.getMessage(), e);
        }
    }

    private ScheduleSettings scheduleSettings() {
        return ScheduleSettings.DEFAULTS.firingSchedules(config.scheduler()).catchingUp(config.catchUp())
                .sharing(config.schedulerStore());
    }

    private HarvestScheduler startScheduler() {
        try {
            HarvestScheduler started = HarvestScheduler.create(registry, this::harvestCurrent, scheduleSettings());
            started.start();
            catchUp = started.catchUp(lastSuccesses(), Clock.systemUTC().instant());
            catchUp.forEach(run -> LOG.info("Puesta al día / Catch-up: {} a las / at {} (último éxito / last success: "
                    + "{})", run.sourceId(), CLOCK_TIME.format(run.at()), run.lastSuccess().map(Object::toString)
                    .orElse("nunca / never")));
            return started;
        } catch (SchedulerException e) {
            throw new ConfigurationException("No arrancó el calendario de cosechas / The harvest scheduler did not "
                    + "start: " + e.getMessage(), e);
        }
    }

    /**
     * When each registered source last harvested successfully (sources never successful are absent); a source being
     * harvested now (by any instance) counts as harvested now, so that no instance starting meanwhile catches it up.
     */
    private Map<String, Instant> lastSuccesses() {
        Map<String, Instant> last = new HashMap<>();
        runs.latestIn(registry.get().sources().stream().map(Source::id).toList(), RunState.SUCCEEDED)
                .forEach((id, run) -> last.put(id, run.finishedAt().orElse(run.startedAt())));
        Instant now = Clock.systemUTC().instant();
        runs.running().forEach(run -> last.put(run.sourceId(), now));
        return last;
    }

    private static void stop(HarvestScheduler scheduler) {
        try {
            scheduler.close();
        } catch (SchedulerException e) {
            LOG.warn("The harvest scheduler did not stop cleanly", e);
        }
    }

    /** The registry the configuration names; its mistakes, with file, line and reason, stop start-up. */
    static LiveRegistry loadRegistry(AppConfig config) {
        try {
            return LiveRegistry.load(config.registry());
        } catch (RegistryException e) {
            throw new ConfigurationException("El registro tiene errores; corríjalos / The registry has mistakes; "
                    + "fix them:" + System.lineSeparator() + e.getMessage(), e);
        }
    }

    /**
     * Where schemas come from: the files shipped with the application, then the offline mirror if one is configured,
     * then HTTP (under the harvester's HTTP policy, since extension URLs come from publishers) with a disk cache for
     * extensions nobody shipped; cached in memory.
     */
    static SchemaSource schemaSource(AppConfig config) {
        List<SchemaSource> chain = new ArrayList<>();
        chain.add(ShippedSchemaSource.create());
        config.schemaMirror().map(MirrorSchemaSource::of).ifPresent(chain::add);
        chain.add(HttpSchemaSource.create(PolicySchemaFetcher.create(config.workDir().resolve("schemas")),
                config.schemaCache(), config.schemaCacheExpiry()));
        return CachingSchemaSource.of(ChainedSchemaSource.of(chain));
    }

    /**
     * The merger with the rules of the OCDS release schema. Without the schema (no network and no mirror) the
     * service still starts, compiling with the generic rules (identifier merge, no wholeListMerge or
     * omitWhenMerged) and saying so, since harvesting and searching are still worth more than nothing.
     */
    private static ReleaseMerger merger(SchemaSource schemas, ObjectMapper mapper) {
        try {
            return ReleaseMerger.create(schemas, mapper);
        } catch (IOException e) {
            LOG.warn("No se pudo leer el esquema de OCDS / The OCDS release schema could not be read ({}). "
                    + "Processes are compiled with generic merge rules until a restart can read it: set "
                    + "schemas.mirror to a folder that mirrors standard.open-contracting.org, or let this machine "
                    + "reach it once (the copy is cached in schemas.cache-dir).", e.getMessage());
            return ReleaseMerger.forSchema(mapper.createObjectNode());
        }
    }
}
