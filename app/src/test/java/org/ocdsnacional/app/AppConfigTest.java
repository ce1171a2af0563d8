package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.ApiConfig;
import org.ocdsnacional.indexer.query.PagingConfig;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's part of the configuration: defaults from the jar, overrides, and values refused at start-up. */
class AppConfigTest {

    private static final String TOKEN = "q3Jx8vZp0mW4kL7nR2tY6uB9cE1fH5gA3dS8jK0lP4o";

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
                "admin.token", TOKEN)).api();
        assertEquals(800, api.limits().maxCost());
        assertEquals(6, api.limits().maxDepth());
        assertEquals(1000, api.limits().maxCharacters());
        assertEquals(300, api.limits().maxTokens());
        assertEquals(900, api.budget().capacity());
        assertEquals(2.5, api.budget().refillPerSecond());
        assertEquals(Duration.ofSeconds(2), api.timeout());
        assertEquals(List.of("https://a.example", "https://b.example"), api.corsOrigins());
        assertEquals(false, api.introspection());
        assertEquals(Optional.of(TOKEN), api.adminToken());
    }

    @Test
    void cursorKeysCanBeOverridden() {
        PagingConfig paging = AppConfig.load(Optional.empty(), Map.of(
                "api.cursors.lifetime", "PT3M", "api.cursors.points-in-time", "40",
                "api.cursors.points-in-time-per-client", "4", "api.cursors.secret", "shared by the servers")).api()
                .paging();
        assertEquals(new PagingConfig(Duration.ofMinutes(3), 40, 4, Optional.of("shared by the servers")), paging);
    }

    @Test
    void theLargestAnswerIsSetInMebibytes() {
        assertEquals(4L * 1024 * 1024, AppConfig.load(Optional.empty(), Map.of("api.max-response-mib", "4")).api()
                .limits().maxResponseBytes());
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("api.max-response-mib", "0")));
        assertTrue(refused.getMessage().contains("api.max-response-mib"), refused.getMessage());
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
    void aWeakAdminTokenStopsStartUpSayingHowToMakeOne() {
        for (String weak : List.of("x", "change-me", "s3cret-admin", "a".repeat(80), "0123456789abcdef".repeat(3))) {
            ConfigurationException refused = assertThrows(ConfigurationException.class,
                    () -> AppConfig.load(Optional.empty(), Map.of("admin.token", weak)), weak);
            assertTrue(refused.getMessage().contains("openssl rand -base64 32"), refused.getMessage());
            assertTrue(refused.getMessage().contains("32 random bytes"), refused.getMessage());
            assertFalse(weak.length() > 8 && refused.getMessage().contains(weak), "the token is never shown");
        }
    }

    @Test
    void adminOriginsAreNamedOneByOne() {
        assertEquals(List.of(), AppConfig.load(Optional.empty(), Map.of()).api().adminCorsOrigins(), "none by default");
        assertEquals(List.of("https://a.example", "https://b.example"), AppConfig.load(Optional.empty(),
                Map.of("admin.cors.origins", "https://a.example, https://b.example")).api().adminCorsOrigins());
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("admin.cors.origins", "*")));
        assertTrue(refused.getMessage().contains("admin.cors.origins"), refused.getMessage());
    }

    @Test
    void theEmbeddedNodeServesHttpOnlyWhenGivenAPort() {
        assertEquals(OptionalInt.empty(), AppConfig.load(Optional.empty(), Map.of()).cluster().httpPort());
        assertEquals(OptionalInt.of(0), AppConfig.load(Optional.empty(), Map.of("opensearch.http-port", "0"))
                .cluster().httpPort());
    }

    @Test
    void aZeroTimeoutIsRefused() {
        ConfigurationException refused = assertThrows(ConfigurationException.class,
                () -> AppConfig.load(Optional.empty(), Map.of("api.timeout", "PT0S")));
        assertTrue(refused.getMessage().contains("api.timeout"), refused.getMessage());
    }
}
