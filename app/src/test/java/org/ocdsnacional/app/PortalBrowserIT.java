package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as a whole, in real headless Chromium: served at {@code /} beside the API, Spanish first with an English
 * switch, its error pages, its headers (a Content Security Policy without {@code unsafe-inline}, cached assets).
 */
class PortalBrowserIT {

    @RegisterExtension
    static final BrowserExtension CONTEXT = new BrowserExtension();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theHomePageIsSpanishFirstAndPassesTheAccessibilityCheck() {
        Browser browser = CONTEXT.browser().open("/");

        assertEquals("es", browser.find("html").getAttribute("lang"));
        assertTrue(browser.text("h1").contains("Contrataciones públicas"), browser.text("h1"));
        assertEquals(List.of(), Axe.serious(browser));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void theLanguageSwitchGivesEnglishAndIsRemembered() {
        Browser browser = CONTEXT.browser().open("/");
        browser.find("header .lang").click();
        browser.waitForPath("/?lang=en");

        assertEquals("en", browser.find("html").getAttribute("lang"));
        assertTrue(browser.text("h1").contains("Public procurement"), browser.text("h1"));
        browser.open("/");
        assertEquals("en", browser.find("html").getAttribute("lang"), "the cookie keeps the choice");
        browser.find("header .lang").click();
        assertEquals("es", browser.find("html").getAttribute("lang"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void anAddressThatDoesNotExistIsA404PageThatSaysSo() throws Exception {
        HttpResponse<String> response = get("/no/existe/<b>");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("No encontramos esa página"));
        assertTrue(response.body().contains("/no/existe/&lt;b&gt;"), "the path is shown as text");
        Browser browser = CONTEXT.browser().open("/no/existe");
        assertEquals(List.of(), Axe.serious(browser));
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScriptOrStyle() throws Exception {
        HttpResponse<String> page = get("/");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");

        assertTrue(policy.contains("script-src 'self'"), policy);
        assertTrue(policy.contains("style-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline"), policy);
        assertFalse(page.body().contains(" style="), "no style attribute in the page");
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script in the page");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    }

    @Test
    void assetsHaveFingerprintedNamesAndAreCachedForAYear() throws Exception {
        String page = get("/").body();
        String css = page.replaceAll("(?s).*href=\"(/static/portal\\.[0-9a-f]+\\.css)\".*", "$1");

        HttpResponse<String> asset = get(css);
        assertEquals(200, asset.statusCode(), css);
        assertTrue(asset.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        String etag = asset.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(CONTEXT.portal().uri(css))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals(404, get("/static/portal.css").statusCode(), "only fingerprinted names are served");
    }

    @Test
    void theApiStillAnswersBesideThePortal() throws Exception {
        HttpResponse<String> graphiql = get("/graphiql");
        HttpResponse<String> health = get("/health");

        assertEquals(200, graphiql.statusCode());
        assertEquals(200, health.statusCode());
    }

    @Test
    void apiClientsGetTheApisJson404AndBrowsersThePortalsPage() throws Exception {
        for (String path : List.of("/graphql/no-existe", "/ocds/no-existe", "/ocds")) {
            HttpResponse<String> api = get(path);
            assertEquals(404, api.statusCode(), path);
            assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(api.body().contains("\"NOT_FOUND\"") && api.body().contains("/graphql"), api.body());
        }
        HttpResponse<String> json = HTTP.send(HttpRequest.newBuilder(CONTEXT.portal().uri("/no/existe"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, json.statusCode());
        assertTrue(json.body().startsWith("{\"errors\""), json.body());
        HttpResponse<String> browser = HTTP.send(HttpRequest.newBuilder(CONTEXT.portal().uri("/no/existe"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, browser.statusCode());
        assertTrue(browser.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(browser.body().contains("No encontramos esa página"));
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return CONTEXT.portal().get(pathAndQuery);
    }
}
