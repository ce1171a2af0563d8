package org.ocdsnacional.harvester.registry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads a source's {@code http} section; every option left out takes its {@link HttpOptions#DEFAULTS} value. */
final class HttpOptionsParser {

    private static final List<String> KEYS = List.of(
            "connectTimeout", "readTimeout", "callTimeout", "userAgent", "maxBodyBytes", "politenessDelay");

    private HttpOptionsParser() {
    }

    static HttpOptions parse(Optional<YamlMapping> section) throws RegistryException {
        if (section.isEmpty()) {
            return HttpOptions.DEFAULTS;
        }
        YamlMapping http = section.get();
        http.allowOnly(KEYS, "key", " in http");
        HttpOptions defaults = HttpOptions.DEFAULTS;
        return new HttpOptions(
                positive(http, "connectTimeout", defaults.connectTimeout()),
                positive(http, "readTimeout", defaults.readTimeout()),
                positive(http, "callTimeout", defaults.callTimeout()),
                http.optionalText("userAgent").map(HttpOptions::userAgentFor).orElse(defaults.userAgent()),
                bytes(http, defaults.maxBodyBytes()),
                duration(http, "politenessDelay", defaults.politenessDelay()));
    }

    private static Duration positive(YamlMapping http, String key, Duration fallback) throws RegistryException {
        Duration value = duration(http, key, fallback);
        if (value.isZero() || value.isNegative()) {
            throw http.problem(http.required(key), "http." + key + " must be longer than zero");
        }
        return value;
    }

    private static Duration duration(YamlMapping http, String key, Duration fallback) throws RegistryException {
        Optional<String> text = http.optionalText(key);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<Duration> value = Quantities.duration(text.get());
        if (value.isEmpty()) {
            throw http.problem(http.required(key),
                    "http." + key + ": \"" + text.get() + "\" is not a duration (e.g. 30s, 5m, 2h, PT1M30S)");
        }
        return value.get();
    }

    private static long bytes(YamlMapping http, long fallback) throws RegistryException {
        Optional<String> text = http.optionalText("maxBodyBytes");
        if (text.isEmpty()) {
            return fallback;
        }
        OptionalLong value = Quantities.bytes(text.get());
        if (value.isEmpty() || value.getAsLong() <= 0) {
            throw http.problem(http.required("maxBodyBytes"),
                    "http.maxBodyBytes: \"" + text.get() + "\" is not a size (e.g. 1048576, 512MiB, 2GB)");
        }
        return value.getAsLong();
    }
}
