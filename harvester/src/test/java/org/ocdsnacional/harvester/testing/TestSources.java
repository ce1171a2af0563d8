package org.ocdsnacional.harvester.testing;

import org.ocdsnacional.harvester.registry.GovernmentLevel;
import org.ocdsnacional.harvester.registry.HttpOptions;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.harvester.registry.SourceStatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Sources for tests, with short timeouts so that failures come fast. */
public final class TestSources {

    public static final HttpOptions FAST = HttpOptions.DEFAULTS.toBuilder()
            .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(20))
            .maxBodyBytes(10L << 20).politenessDelay(Duration.ZERO).maxAttempts(3)
            .retryDelay(Duration.ofMillis(10)).maxRetryDelay(Duration.ofSeconds(2)).build();

    private TestSources() {
    }

    public static Source source(String id, String protocol, Map<String, List<String>> parameters) {
        return source(id, protocol, parameters, FAST);
    }

    public static Source source(String id, String protocol, Map<String, List<String>> parameters,
                                HttpOptions http) {
        return new Source(id, "Test source " + id, "MX-JAL", GovernmentLevel.STATE, "state-platform",
                SourceStatus.ACTIVE, protocol, ProtocolParameters.of(parameters), "0 0 3 * * ?", http);
    }

    public static Source withStatus(Source source, SourceStatus status, String schedule) {
        return new Source(source.id(), source.name(), source.state(), source.level(), source.kind(), status,
                source.protocol(), source.parameters(), schedule, source.http());
    }
}
