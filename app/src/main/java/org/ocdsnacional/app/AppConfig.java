package org.ocdsnacional.app;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.api.limits.BudgetConfig;
import org.ocdsnacional.api.limits.QueryLimits;
import org.ocdsnacional.harvester.schedule.CatchUp;
import org.ocdsnacional.indexer.cluster.ClusterConfig;
import org.ocdsnacional.indexer.query.PagingConfig;
import org.ocdsnacional.web.PortalConfig;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * All configuration, read in one place: overrides given in code (command-line options, tests), then system
 * properties, environment variables, the configuration file, and the defaults shipped in the jar.
 */
public record AppConfig(String host, int port, ClusterConfig cluster, Path registry, Optional<Path> schemaMirror,
                        Path schemaCache, Duration schemaCacheExpiry, Path workDir, boolean scheduler,
                        CatchUp catchUp, Duration registryReloadInterval, ApiConfig api,
                        PortalConfig portal) {

    static final Path DEFAULT_FILE = Path.of("ocds-nacional.yaml");

    /** Loads configuration; {@code file} must exist when given, {@code ./ocds-nacional.yaml} is optional. */
    public static AppConfig load(Optional<Path> file, Map<String, String> overrides) {
        Path path = file.orElse(DEFAULT_FILE);
        if (file.isPresent() && !Files.isRegularFile(path)) {
            throw new ConfigurationException("No existe el archivo de configuración / Configuration file not found: "
                    + path.toAbsolutePath());
        }
        Config config = Config.builder()
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .sources(List.of(
                        ConfigSources.create(overrides),
                        ConfigSources.systemProperties(),
                        ConfigSources.environmentVariables(),
                        ConfigSources.file(path).optional(),
                        ConfigSources.classpath("ocds-nacional-defaults.yaml")))
                .build();
        try {
            return read(config);
        } catch (RuntimeException e) {
            throw new ConfigurationException("Configuración inválida / Invalid configuration: " + e.getMessage(), e);
        }
    }

    private static AppConfig read(Config config) {
        Config search = config.get("opensearch");
        ClusterConfig cluster = new ClusterConfig(urls(search.get("urls").asString().orElse("")),
                Path.of(search.get("data-dir").asString().get()), port(search.get("http-port").asString().orElse("")),
                nonBlank(search.get("username").asString().orElse("")),
                nonBlank(search.get("password").asString().orElse("")));
        Config schemas = config.get("schemas");
        ApiConfig api = api(config.get("api"), config.get("admin"), config.get("server.public-url"));
        return new AppConfig(
                config.get("server.host").asString().get(),
                config.get("server.port").asInt().get(),
                cluster,
                Path.of(config.get("registry.path").asString().get()),
                nonBlank(schemas.get("mirror").asString().orElse("")).map(Path::of),
                Path.of(schemas.get("cache-dir").asString().get()),
                Duration.parse(schemas.get("cache-expiry").asString().get()),
                Path.of(config.get("harvest.work-dir").asString().get()),
                config.get("harvest.scheduler").asBoolean().get(),
                catchUp(config.get("harvest.catch-up")),
                Duration.parse(config.get("registry.reload-interval").asString().get()),
                api,
                new PortalConfig(config.get("portal.export-limit").asInt().get(), api.publicUrl()));
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
