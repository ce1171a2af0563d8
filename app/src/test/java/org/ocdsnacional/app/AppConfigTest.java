package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's part of the configuration: defaults from the jar, overrides, and values refused at start-up. */
class AppConfigTest {

    @Test
    void theShippedDefaultsAreTheApisDefaults() {
        ApiConfig api = AppConfig.load(Optional.empty(), Map.of()).api();
        assertEquals(ApiConfig.DEFAULTS, api, "ocds-nacional-defaults.yaml and ApiConfig.DEFAULTS agree");
        assertTrue(api.adminToken().isEmpty(), "administration is off unless a token is configured");
    }

    @Test
    void everyApiKeyCanBeOverridden() {
        ApiConfig api = AppConfig.load(Optional.empty(), Map.of(
                "api.max-cost", "800", "api.max-depth", "6", "api.max-characters", "1000", "api.max-tokens", "300",
                "api.budget.capacity", "900", "api.budget.refill-per-second", "2.5", "api.timeout", "PT2S",
                "api.cors.origins", "https://a.example, https://b.example", "api.introspection", "false",
                "admin.token", "t0ken")).api();
        assertEquals(800, api.limits().maxCost());
        assertEquals(6, api.limits().maxDepth());
        assertEquals(1000, api.limits().maxCharacters());
        assertEquals(300, api.limits().maxTokens());
        assertEquals(900, api.budget().capacity());
        assertEquals(2.5, api.budget().refillPerSecond());
        assertEquals(Duration.ofSeconds(2), api.timeout());
        assertEquals(List.of("https://a.example", "https://b.example"), api.corsOrigins());
        assertEquals(false, api.introspection());
        assertEquals(Optional.of("t0ken"), api.adminToken());
    }

    @Test
    void thePublicUrlIsConfiguredOrLeftToTheServer() {
        assertEquals(Optional.empty(), AppConfig.load(Optional.empty(), Map.of()).api().publicUrl());
        assertEquals(Optional.of(URI.create("https://api.example.org/ocds-nacional")), AppConfig.load(
                Optional.empty(), Map.of("server.public-url", "https://api.example.org/ocds-nacional/")).api()
                .publicUrl(), "without its trailing slash");
        for (String wrong : List.of("ftp://example.org", "api.example.org", "https://example.org/?a=1", "not a url")) {
            ConfigurationException refused = assertThrows(ConfigurationException.class,
                    () -> AppConfig.load(Optional.empty(), Map.of("server.public-url", wrong)), wrong);
            assertTrue(refused.getMessage().contains("public-url") || refused.getMessage().contains("not a url"),
                    refused.getMessage());
        }
    }

    @Test
    void aBudgetSmallerThanTheMaximumCostIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("api.budget.capacity", "100")));
        assertTrue(refused.getMessage().contains("api.budget.capacity"), refused.getMessage());
    }

    @Test
    void aZeroTimeoutIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("api.timeout", "PT0S")));
        assertTrue(refused.getMessage().contains("api.timeout"), refused.getMessage());
    }
}
