package org.ocdsnacional.app;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.helidon.config.EnvironmentVariables;
import io.helidon.config.spi.ConfigSource;
import org.ocdsnacional.analytics.national.NationalSettings;
import org.ocdsnacional.analytics.settings.SettingsException;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.limits.BudgetConfig;
import org.ocdsnacional.api.limits.QueryLimits;
import org.ocdsnacional.harvester.schedule.CatchUp;
import org.ocdsnacional.harvester.schedule.SharedStore;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.cluster.Credentials;
import org.ocdsnacional.indexer.schema.IndexName;
import org.ocdsnacional.indexer.schema.ShardLayout;
import org.ocdsnacional.indexer.query.PagingConfig;
import org.ocdsnacional.web.PortalConfig;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * All configuration, read in one place: overrides given in code (command-line options, tests), then system
 * properties, environment variables, the configuration file, and the defaults shipped in the jar. Secrets of the
 * OpenSearch cluster come from the environment only ({@link #USERNAME_VARIABLE}, {@link #PASSWORD_VARIABLE}).
 */
public record AppConfig(String host, int port, ClusterConfig cluster, ShardLayout shards, Path registry,
                        Optional<Path> schemaMirror,
                        Path schemaCache, Duration schemaCacheExpiry, Path workDir, boolean scheduler,
                        CatchUp catchUp, Duration leaseTimeToLive, Optional<SharedStore> schedulerStore,
                        Duration registryReloadInterval, ApiConfig api, Optional<Path> flagSettings,
                        PortalConfig portal) {

    static final Path DEFAULT_FILE = Path.of("ocds-nacional.yaml");
    /** The environment variable with the user of the OpenSearch cluster's basic authentication. */
    static final String USERNAME_VARIABLE = "OPENSEARCH_USERNAME";
    /** The environment variable with the password of the OpenSearch cluster's basic authentication. */
    static final String PASSWORD_VARIABLE = "OPENSEARCH_PASSWORD";
    /** The environment variable with the user of the shared schedule's PostgreSQL database. */
    static final String SCHEDULER_USERNAME_VARIABLE = "SCHEDULER_JDBC_USERNAME";
    /** The environment variable with that user's password. */
    static final String SCHEDULER_PASSWORD_VARIABLE = "SCHEDULER_JDBC_PASSWORD";

    /** Loads configuration; {@code file} must exist when given, {@code ./ocds-nacional.yaml} is optional. */
    public static AppConfig load(Optional<Path> file, Map<String, String> overrides) {
        return load(file, overrides, System.getenv());
    }

    /** Loads configuration with {@code environment} as the process's environment variables. */
    static AppConfig load(Optional<Path> file, Map<String, String> overrides, Map<String, String> environment) {
        Path path = file.orElse(DEFAULT_FILE);
        if (file.isPresent() && !Files.isRegularFile(path)) {
            throw new ConfigurationException("No existe el archivo de configuración / Configuration file not found: "
                    + path.toAbsolutePath());
        }
        Config written = config(List.of(ConfigSources.create(overrides), ConfigSources.systemProperties(),
                ConfigSources.file(path).optional()));
        Config config = config(List.of(
                ConfigSources.create(overrides),
                ConfigSources.systemProperties(),
                ConfigSources.create(EnvironmentVariables.expand(environment)),
                ConfigSources.file(path).optional(),
                ConfigSources.classpath("ocds-nacional-defaults.yaml")));
        try {
            refuseWrittenSecrets(written.get("opensearch"), "OPENSEARCH_");
            refuseWrittenSecrets(written.get("scheduler.jdbc"), "SCHEDULER_JDBC_");
            return read(config, environment);
        } catch (RuntimeException e) {
            throw new ConfigurationException("Configuración inválida / Invalid configuration: " + e.getMessage(), e);
        }
    }

    private static Config config(List<Supplier<? extends ConfigSource>> sources) {
        return Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(sources)
                .build();
    }

    private static AppConfig read(Config config, Map<String, String> environment) {
        Config search = config.get("opensearch");
        ClusterConfig cluster = new ClusterConfig(urls(search.get("urls").asString().orElse("")),
                Path.of(search.get("data-dir").asString().get()), port(search.get("http-port").asString().orElse("")),
                credentials(environment), nonBlank(search.get("tls.ca").asString().orElse("")).map(Path::of),
                search.get("index.prefix").asString().get(),
                Duration.parse(search.get("startup.wait").asString().get()));
        Config schemas = config.get("schemas");
        ApiConfig api = api(config.get("api"), config.get("admin"), config.get("server.public-url"));
        return new AppConfig(
                config.get("server.host").asString().get(),
                config.get("server.port").asInt().get(),
                cluster,
                shards(search),
                Path.of(config.get("registry.path").asString().get()),
                nonBlank(schemas.get("mirror").asString().orElse("")).map(Path::of),
                Path.of(schemas.get("cache-dir").asString().get()),
                Duration.parse(schemas.get("cache-expiry").asString().get()),
                Path.of(config.get("harvest.work-dir").asString().get()),
                config.get("harvest.scheduler").asBoolean().get(),
                catchUp(config.get("harvest.catch-up")),
                Duration.parse(config.get("harvest.lease.time-to-live").asString().get()),
                sharedStore(config.get("scheduler.jdbc"), environment),
                Duration.parse(config.get("registry.reload-interval").asString().get()),
                api,
                nonBlank(config.get("flags.settings").asString().orElse("")).map(Path::of),
                new PortalConfig(config.get("portal.export-limit").asInt().get(), api.publicUrl(),
                        config.get("harvest.scheduler").asBoolean().get()));
    }

    /** The settings the index is flagged with: the file {@code flags.settings}, or the national defaults. */
    NationalSettings flags() {
        if (flagSettings.isEmpty()) {
            return NationalSettings.defaults();
        }
        try {
            return NationalSettings.read(flagSettings.get());
        } catch (IOException e) {
            throw new ConfigurationException("No se pudo leer flags.settings / Cannot read flags.settings "
                    + flagSettings.get().toAbsolutePath() + ": " + e.getMessage(), e);
        } catch (SettingsException e) {
            throw new ConfigurationException("flags.settings " + flagSettings.get() + ": " + e.getMessage(), e);
        }
    }

    private static CatchUp catchUp(Config catchUp) {
        return new CatchUp(catchUp.get("enabled").asBoolean().get(),
                Duration.parse(catchUp.get("delay").asString().get()),
                Duration.parse(catchUp.get("interval").asString().get()));
    }

    private static ApiConfig api(Config api, Config admin, Config publicUrl) {
        QueryLimits limits = new QueryLimits(api.get("max-cost").asInt().get(), api.get("max-depth").asInt().get(),
                api.get("max-characters").asInt().get(), api.get("max-tokens").asInt().get(),
                api.get("max-response-mib").asLong().get() * 1024 * 1024);
        BudgetConfig budget = new BudgetConfig(api.get("budget.capacity").asLong().get(),
                api.get("budget.refill-per-second").asDouble().get());
        Config cursors = api.get("cursors");
        PagingConfig paging = new PagingConfig(Duration.parse(cursors.get("lifetime").asString().get()),
                cursors.get("points-in-time").asInt().get(), cursors.get("points-in-time-per-client").asInt().get(),
                nonBlank(cursors.get("secret").asString().orElse("")));
        return new ApiConfig(limits, budget, Duration.parse(api.get("timeout").asString().get()),
                list(api.get("cors.origins").asString().get()), api.get("introspection").asBoolean().get(),
                nonBlank(admin.get("token").asString().orElse("")), paging,
                list(admin.get("cors.origins").asString().orElse("")),
                nonBlank(publicUrl.asString().orElse("")).map(URI::create));
    }

    /** A port number, or empty for none. */
    private static OptionalInt port(String text) {
        return text.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text.strip()));
    }

    /** Basic authentication from the environment: both variables, or neither. */
    private static Optional<Credentials> credentials(Map<String, String> environment) {
        Optional<String> user = nonBlank(environment.getOrDefault(USERNAME_VARIABLE, ""));
        Optional<String> password = nonBlank(environment.getOrDefault(PASSWORD_VARIABLE, ""));
        if (user.isPresent() != password.isPresent()) {
            throw new IllegalArgumentException("set both " + USERNAME_VARIABLE + " and " + PASSWORD_VARIABLE
                    + " (basic authentication of the OpenSearch cluster), or neither");
        }
        return user.map(name -> new Credentials(name, password.get()));
    }

    /**
     * Quartz's clustered job store when {@code scheduler.jdbc.url} is set: the user and password come from the
     * environment only, both required.
     */
    private static Optional<SharedStore> sharedStore(Config jdbc, Map<String, String> environment) {
        Optional<String> url = nonBlank(jdbc.get("url").asString().orElse(""));
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!url.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("scheduler.jdbc.url must be a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host:5432/database): «" + url.get() + "»");
        }
        Optional<String> user = nonBlank(environment.getOrDefault(SCHEDULER_USERNAME_VARIABLE, ""));
        Optional<String> password = nonBlank(environment.getOrDefault(SCHEDULER_PASSWORD_VARIABLE, ""));
        if (user.isEmpty() || password.isEmpty()) {
            throw new IllegalArgumentException("scheduler.jdbc.url está configurada: defina también "
                    + SCHEDULER_USERNAME_VARIABLE + " y " + SCHEDULER_PASSWORD_VARIABLE + " / scheduler.jdbc.url is "
                    + "set: set " + SCHEDULER_USERNAME_VARIABLE + " and " + SCHEDULER_PASSWORD_VARIABLE
                    + " in the environment too");
        }
        return Optional.of(new SharedStore(url.get(), user.get(), password.get()));
    }

    /** Credentials are secrets: never in a file, {@code --set} or {@code -D}, which others can read. */
    private static void refuseWrittenSecrets(Config section, String variablePrefix) {
        for (String key : List.of("username", "password")) {
            if (section.get(key).exists()) {
                String variable = variablePrefix + key.toUpperCase(Locale.ROOT);
                String where = section.key().toString();
                throw new IllegalArgumentException(where + "." + key + " se lee solo de la variable de entorno "
                        + variable + " / is read only from the environment variable " + variable + ", never from"
                        + " a configuration file, --set or -D: remove it from there");
            }
        }
    }

    /** Shards and replicas: a default, and per index ({@code opensearch.replicas.processes}); blank: the default. */
    private static ShardLayout shards(Config search) {
        Map<IndexName, Integer> replicas = new EnumMap<>(IndexName.class);
        Map<IndexName, Integer> shards = new EnumMap<>(IndexName.class);
        for (IndexName index : IndexName.values()) {
            count(search.get("replicas." + index.key())).ifPresent(n -> replicas.put(index, n));
            count(search.get("shards." + index.key())).ifPresent(n -> shards.put(index, n));
        }
        OptionalInt everyIndex = count(search.get("replicas.default")).map(OptionalInt::of)
                .orElse(OptionalInt.empty());
        return new ShardLayout(everyIndex, replicas, count(search.get("shards.default")).orElse(1), shards);
    }

    private static Optional<Integer> count(Config key) {
        Optional<String> text = nonBlank(key.asString().orElse("")).map(String::trim);
        try {
            return text.map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key.key() + " must be a whole number: «" + text.get() + "»", e);
        }
    }

    private static List<URI> urls(String commaSeparated) {
        return list(commaSeparated).stream().map(URI::create).toList();
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    private static Optional<String> nonBlank(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
