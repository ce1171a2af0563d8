package org.ocdsnacional.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Options every command shares: where the configuration is, and single-key overrides. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Archivo de configuración / Configuration file (./ocds-nacional.yaml si existe / if "
                    + "present).")
    private Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Cambia una clave de la configuración / Override one configuration key, p. ej. / e.g. "
                    + "--set opensearch.urls=http://localhost:9200")
    private Map<String, String> overrides = new HashMap<>();

    AppConfig load(Map<String, String> extra) {
        Map<String, String> all = new HashMap<>(overrides);
        all.putAll(extra);
        return AppConfig.load(Optional.ofNullable(file), all);
    }
}
