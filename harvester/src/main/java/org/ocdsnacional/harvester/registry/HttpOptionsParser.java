package org.ocdsnacional.harvester.registry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Reads a source's {@code http} section; every option left out takes its {@link HttpOptions#DEFAULTS} value. */
final class HttpOptionsParser {

    private static final List<String> KEYS = List.of(
            "connectTimeout", "readTimeout", "callTimeout", "userAgent", "maxBodyBytes", "maxUnpackedBytes",
            "politenessDelay", "maxConnectionsPerHost", "maxAttempts", "retryDelay", "maxRetryDelay",
            "maxRedirects", "allowPrivateAddresses", "minTransferRate", "transferRateWindow");

    private HttpOptionsParser() {
    }

    static HttpOptions parse(Optional<YamlMapping> section) throws RegistryException {
        if (section.isEmpty()) {
            return HttpOptions.DEFAULTS;
        }
        YamlMapping http = section.get();
        http.allowOnly(KEYS, "key", " in http");
        HttpOptions defaults = HttpOptions.DEFAULTS;
        return defaults.toBuilder()
                .connectTimeout(positive(http, "connectTimeout", defaults.connectTimeout()))
                .readTimeout(positive(http, "readTimeout", defaults.readTimeout()))
                .callTimeout(positive(http, "callTimeout", defaults.callTimeout()))
                .userAgent(http.optionalText("userAgent").map(HttpOptions::userAgentFor).orElse(defaults.userAgent()))
                .maxBodyBytes(bytes(http, "maxBodyBytes", defaults.maxBodyBytes()))
                .maxUnpackedBytes(bytes(http, "maxUnpackedBytes", defaults.maxUnpackedBytes()))
                .politenessDelay(duration(http, "politenessDelay", defaults.politenessDelay()))
                .maxConnectionsPerHost(count(http, "maxConnectionsPerHost", 1, defaults.maxConnectionsPerHost()))
                .maxAttempts(count(http, "maxAttempts", 1, defaults.maxAttempts()))
                .retryDelay(duration(http, "retryDelay", defaults.retryDelay()))
                .maxRetryDelay(duration(http, "maxRetryDelay", defaults.maxRetryDelay()))
                .maxRedirects(count(http, "maxRedirects", 0, defaults.maxRedirects()))
                .allowPrivateAddresses(flag(http, "allowPrivateAddresses", defaults.allowPrivateAddresses()))
                .minTransferRate(rate(http, "minTransferRate", defaults.minTransferRate()))
                .transferRateWindow(positive(http, "transferRateWindow", defaults.transferRateWindow()))
                .build();
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

    private static long bytes(YamlMapping http, String key, long fallback) throws RegistryException {
        Optional<String> text = http.optionalText(key);
        if (text.isEmpty()) {
            return fallback;
        }
        OptionalLong value = Quantities.bytes(text.get());
        if (value.isEmpty() || value.getAsLong() <= 0) {
            throw http.problem(http.required(key),
                    "http." + key + ": \"" + text.get() + "\" is not a size (e.g. 1048576, 512MiB, 2GB)");
        }
        return value.getAsLong();
    }

    /** Bytes per second, written as a size ({@code 1KiB}); 0 turns the minimum off. */
    private static long rate(YamlMapping http, String key, long fallback) throws RegistryException {
        Optional<String> text = http.optionalText(key);
        if (text.isEmpty()) {
            return fallback;
        }
        OptionalLong value = Quantities.bytes(text.get().replaceFirst("(?i)/s$", ""));
        if (value.isEmpty()) {
            throw http.problem(http.required(key),
                    "http." + key + ": \"" + text.get() + "\" is not a rate in bytes per second (e.g. 1KiB, 512, 0)");
        }
        return value.getAsLong();
    }

    private static int count(YamlMapping http, String key, int minimum, int fallback) throws RegistryException {
        Optional<String> text = http.optionalText(key);
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.get().matches("\\d{1,4}") || Integer.parseInt(text.get()) < minimum) {
            throw http.problem(http.required(key),
                    "http." + key + ": \"" + text.get() + "\" is not a whole number of at least " + minimum);
        }
        return Integer.parseInt(text.get());
    }

    private static boolean flag(YamlMapping http, String key, boolean fallback) throws RegistryException {
        Optional<String> text = http.optionalText(key);
        if (text.isEmpty()) {
            return fallback;
        }
        if (!text.get().equals("true") && !text.get().equals("false")) {
            throw http.problem(http.required(key), "http." + key + ": \"" + text.get() + "\" is not true or false");
        }
        return Boolean.parseBoolean(text.get());
    }
}
