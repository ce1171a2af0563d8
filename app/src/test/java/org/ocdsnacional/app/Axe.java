package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The accessibility check: axe-core (the {@code org.webjars.npm:axe-core} webjar, injected by the test and never
 * served by the portal) run in the browser on the page as it is, against the WCAG 2.0/2.1 A and AA rules.
 */
final class Axe {

    private static final String SOURCE = load();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(function (result) { done(JSON.stringify(result.violations)); })
               .catch(function (error) { done('ERROR ' + error); });
            """;

    /** One rule broken: its id, impact and where. */
    record Violation(String rule, String impact, String help, List<String> targets) {

        boolean serious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + help + ") at " + targets;
        }
    }

    private Axe() {
    }

    /** Every violation on the page the browser shows now. */
    static List<Violation> check(Browser browser) {
        browser.script(SOURCE);
        browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        Object answer = browser.driver().executeAsyncScript(RUN);
        String json = String.valueOf(answer);
        if (json.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed: " + json);
        }
        try {
            List<Violation> violations = new ArrayList<>();
            for (JsonNode violation : MAPPER.readTree(json)) {
                List<String> targets = new ArrayList<>();
                violation.path("nodes").forEach(node -> targets.add(node.path("target").toString()));
                violations.add(new Violation(violation.path("id").asText(), violation.path("impact").asText(),
                        violation.path("help").asText(), targets));
            }
            return violations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the serious and critical ones. */
    static List<Violation> serious(Browser browser) {
        return check(browser).stream().filter(Violation::serious).toList();
    }

    private static String load() {
        String version = webjarVersion();
        String path = "/META-INF/resources/webjars/axe-core/" + version + "/axe.min.js";
        try (InputStream in = Axe.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test classpath (the axe-core webjar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = Axe.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The axe-core webjar is not on the test classpath", e);
        }
        return properties.getProperty("version");
    }
}
