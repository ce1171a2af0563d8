package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.api.ApiBackend;
import org.ocdsnacional.api.ApiServer;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.protocol.ProtocolAdapters;
import org.ocdsnacional.harvester.registry.Registry;
import org.ocdsnacional.harvester.registry.RegistryException;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.run.Harvester;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.harvester.schedule.HarvestScheduler;
import org.ocdsnacional.harvester.schedule.ScheduleSettings;
import org.ocdsnacional.indexer.cluster.SearchCluster;
import org.ocdsnacional.indexer.ingest.ReleaseIndexer;
import org.ocdsnacional.indexer.issues.IssueStore;
import org.ocdsnacional.indexer.query.OrganizationDirectory;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessReleases;
import org.ocdsnacional.indexer.query.ProcessSearch;
import org.ocdsnacional.indexer.runs.RunStore;
import org.ocdsnacional.indexer.schema.IndexSetup;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunTrigger;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.ocds.schema.CachingSchemaSource;
import org.ocdsnacional.ocds.schema.HttpSchemaSource;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import org.ocdsnacional.ocds.schema.SchemaSource;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: OpenSearch (embedded or external), the registry, the harvester feeding the indexer,
 * and, when serving, the scheduler and the API server.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final AppConfig config;
    private final ObjectMapper mapper;
    private final SearchCluster cluster;
    private final LiveRegistry registry;
    private final Harvester harvester;
    private final RunStore runs;
    private final IssueStore issues;
    private volatile Optional<HarvestScheduler> scheduler = Optional.empty();
    private Optional<ApiServer> api = Optional.empty();

    private Application(AppConfig config, ObjectMapper mapper, SearchCluster cluster, LiveRegistry registry,
                        Harvester harvester, RunStore runs, IssueStore issues) {
        this.config = config;
        this.mapper = mapper;
        this.cluster = cluster;
        this.registry = registry;
        this.harvester = harvester;
        this.runs = runs;
        this.issues = issues;
    }

    /** Loads the registry, opens OpenSearch, prepares the indices and the harvester. Nothing is scheduled yet. */
    public static Application open(AppConfig config) {
        ObjectMapper mapper = Json.mapper();
        LiveRegistry registry = loadRegistry(config);
        SchemaSource schemas = schemaSource(config);
        SearchCluster cluster = SearchCluster.open(config.cluster(), mapper);
        try {
            IndexSetup.ensure(cluster, mapper);
            RunStore runs = RunStore.create(cluster, mapper);
            IssueStore issues = IssueStore.create(cluster, mapper);
            ReleaseIndexer indexer = ReleaseIndexer.create(cluster, mapper, merger(schemas, mapper)::compile,
                    id -> registry.current().find(id).map(Source::toDescriptor), Clock.systemUTC());
            Harvester harvester = Harvester.builder()
                    .validator(SchemaReleaseValidator.create(schemas, mapper))
                    .fetchers(HttpFetcher.factory(config.workDir()))
                    .adapters(ProtocolAdapters.standard(mapper))
                    .sink(new IndexingSink(indexer, runs, issues))
                    .mapper(mapper)
                    .build();
            return new Application(config, mapper, cluster, registry, harvester, runs, issues);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e instanceof RuntimeException runtime ? runtime
                    : new ConfigurationException("Cannot prepare the harvest work folder " + config.workDir()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Starts the API server and, when configured, the scheduler of every active source. */
    public Application serve() {
        ProcessAggregations aggregations = ProcessAggregations.create(cluster, mapper);
        ApiBackend backend = new ApiBackend(ProcessSearch.create(cluster, mapper), aggregations,
                OrganizationDirectory.create(cluster, mapper, aggregations), ProcessReleases.create(cluster, mapper),
                runs, this::sources, issues);
        api = Optional.of(ApiServer.builder().host(config.host()).port(config.port())
                .backend(backend)
                .admin(new RegistryAdmin(registry, () -> scheduler, new ManualRuns(this::harvestCurrent)))
                .healthChecks(List.of(new SearchHealth(cluster)))
                .config(config.api())
                .mapper(mapper)
                .start());
        if (config.scheduler()) {
            scheduler = Optional.of(startScheduler());
        }
        return this;
    }

    /** Harvests one source now, in this thread. */
    public HarvestRun harvest(String sourceId, RunTrigger trigger, ProgressListener progress) {
        Source source = registry().find(sourceId).orElseThrow(() -> new ConfigurationException(
                "No hay una fuente «" + sourceId + "» en el registro / No source «" + sourceId
                        + "» in the registry. Known: " + registry().sources().stream().map(Source::id).toList()));
        return harvester.harvest(source, trigger, progress);
    }

    /** The registry as it is now (admins may have changed statuses or reloaded it). */
    public Registry registry() {
        return registry.current();
    }

    /** The API's base URL, once serving. */
    public Optional<URI> apiUri() {
        return api.map(ApiServer::uri);
    }

    /** Where OpenSearch answers (the embedded node's address, or the cluster's). */
    public List<URI> searchUris() {
        return cluster.uris();
    }

    public boolean embeddedSearch() {
        return cluster.isEmbedded();
    }

    @Override
    public void close() {
        scheduler.ifPresent(Application::stop);
        api.ifPresent(ApiServer::close);
        cluster.close();
    }

    private List<SourceDescriptor> sources() {
        return registry().sources().stream().map(Source::toDescriptor).toList();
    }

    /**
     * Harvests the source as the registry has it now; a scheduled run of a source that is no longer active (an
     * admin froze or retired it) or no longer registered is skipped.
     */
    private void harvestCurrent(Source asScheduled, RunTrigger trigger) {
        Optional<Source> source = registry().find(asScheduled.id());
        if (source.isEmpty() || trigger == RunTrigger.SCHEDULE && !source.get().isActive()) {
            LOG.info("Run of {} skipped: the source is no longer active or registered", asScheduled.id());
            return;
        }
        harvester.harvest(source.get(), trigger, ProgressListener.NONE);
    }

    private HarvestScheduler startScheduler() {
        try {
            HarvestScheduler started = HarvestScheduler.create(registry(), this::harvestCurrent,
                    ScheduleSettings.DEFAULTS);
            started.start();
            return started;
        } catch (SchedulerException e) {
            throw new ConfigurationException("The harvest scheduler did not start: " + e.getMessage(), e);
        }
    }

    private static void stop(HarvestScheduler scheduler) {
        try {
            scheduler.close();
        } catch (SchedulerException e) {
            LOG.warn("The harvest scheduler did not stop cleanly", e);
        }
    }

    private static LiveRegistry loadRegistry(AppConfig config) {
        try {
            return LiveRegistry.load(config.registry());
        } catch (RegistryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    /** The schema source the configuration names: the offline mirror, or HTTP with a disk cache; cached in memory. */
    static SchemaSource schemaSource(AppConfig config) {
        SchemaSource origin = config.schemaMirror()
                .<SchemaSource>map(MirrorSchemaSource::of)
                .orElseGet(() -> HttpSchemaSource.create(config.schemaCache(), config.schemaCacheExpiry()));
        return CachingSchemaSource.of(origin);
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
