package org.ocdsnacional.harvester.registry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryLoaderTest {

    private static final String VALID = """
            sources:
              - id: alpha
                name: Alpha
                state: MX-JAL
                level: state
                kind: state-platform
                status: active
                protocol: inai-edca
                parameters:
                  baseUrl: https://example.org:3000
                schedule: "0 0 3 * * ?"
            """;

    @TempDir
    Path dir;

    @Test
    void loadsAValidSourceWithDefaultHttpOptions() throws Exception {
        Registry registry = RegistryLoader.load(write(VALID));
        Source alpha = registry.find("alpha").orElseThrow();
        assertEquals(GovernmentLevel.STATE, alpha.level());
        assertEquals(HttpOptions.DEFAULTS, alpha.http());
        assertEquals(List.of(alpha), registry.active());
    }

    @Test
    void readsDurationsSizesAndTheBrowserShorthand() throws Exception {
        Source alpha = RegistryLoader.load(write(VALID + """
                    http:
                      connectTimeout: 30s
                      readTimeout: PT1M30S
                      callTimeout: 2h
                      userAgent: browser
                      maxBodyBytes: 512MiB
                      maxUnpackedBytes: 2GiB
                      politenessDelay: 0s
                      maxConnectionsPerHost: 2
                      maxAttempts: 6
                      retryDelay: 500ms
                      maxRetryDelay: 1m
                      maxRedirects: 0
                      allowPrivateAddresses: true
                      minTransferRate: 4KiB/s
                      transferRateWindow: 2m
                """)).find("alpha").orElseThrow();
        assertEquals(new HttpOptions(Duration.ofSeconds(30), Duration.ofSeconds(90), Duration.ofHours(2),
                HttpOptions.BROWSER_USER_AGENT, 512L << 20, 2L << 30, Duration.ZERO, 2, 6, Duration.ofMillis(500),
                Duration.ofMinutes(1), 0, true, 4096, Duration.ofMinutes(2)), alpha.http());
    }

    @Test
    void readsEveryKindOfProtocolParameter() throws Exception {
        String yaml = VALID.replace("protocol: inai-edca", "protocol: pdn-s6")
                .replace("baseUrl: https://example.org:3000", "baseUrl: https://api.example.org/s6/api/v1\n"
                        + "      api: records\n      auth: bearer\n      tokenEnv: PDN_TOKEN\n      pageSize: 200");
        Source alpha = RegistryLoader.load(write(yaml)).find("alpha").orElseThrow();
        assertEquals("pdn-s6", alpha.protocol());
        assertEquals("PDN_TOKEN", alpha.parameters().string("tokenEnv"));
        assertEquals(200, alpha.parameters().integer("pageSize", 100));
    }

    @Test
    void reportsAParameterOutsideItsChoicesAndABadVariableName() throws Exception {
        String base = VALID.replace("protocol: inai-edca", "protocol: pdn-s6").replace(
                "baseUrl: https://example.org:3000", "baseUrl: https://api.example.org/s6/api/v1\n      auth: ");
        String basic = base.replace("auth: ", "auth: basic");
        assertTrue(problem(basic).reason().contains("\"basic\" is not one of none, bearer, oauth2-password"),
                problem(basic).reason());
        String badEnv = base.replace("auth: ", "auth: bearer\n      tokenEnv: pdn-token");
        assertTrue(problem(badEnv).reason().contains("is not an environment variable name"), badEnv);
    }

    @Test
    void reportsAnUnknownProtocolWithFileLineAndKnownNames() throws Exception {
        String yaml = VALID.replace("protocol: inai-edca", "protocol: foo");
        RegistryException e = problem(yaml);
        assertEquals(lineOf(yaml, "protocol: foo"), e.line());
        assertEquals(dir.resolve("registry.yaml"), e.file());
        assertTrue(e.getMessage().startsWith(dir.resolve("registry.yaml") + ":8: source \"alpha\": "
                + "unknown protocol \"foo\" (known: ocds-url, inai-edca, pdn-s6, ckan, linked-records, "
                + "offset-window, links-next)"), e.getMessage());
    }

    @Test
    void reportsAMissingRequiredKeyAtTheSource() throws Exception {
        String yaml = VALID.replace("    name: Alpha\n", "");
        assertProblem(yaml, "- id: alpha", "source \"alpha\": missing required key \"name\"");
    }

    @Test
    void reportsADuplicateIdAtItsSecondUse() throws Exception {
        String second = VALID.replace("sources:\n", "").replace("name: Alpha", "name: Alpha again");
        String yaml = VALID + second;
        RegistryException e = problem(yaml);
        assertEquals(lineOf(yaml, "name: Alpha again") - 1, e.line());
        assertTrue(e.reason().contains("source \"alpha\": duplicate id (first used at line 2)"), e.reason());
    }

    @Test
    void reportsABadStatus() throws Exception {
        String yaml = VALID.replace("status: active", "status: paused");
        assertProblem(yaml, "status: paused", "unknown status \"paused\" (known: active, frozen, retired)");
    }

    @Test
    void reportsAStateThatIsNotAnIsoCode() throws Exception {
        String yaml = VALID.replace("state: MX-JAL", "state: Jalisco");
        assertProblem(yaml, "state: Jalisco", "unknown state \"Jalisco\"");
    }

    @Test
    void reportsAStateThatContradictsTheLevel() throws Exception {
        String yaml = VALID.replace("level: state", "level: federal");
        assertProblem(yaml, "state: MX-JAL", "does not match level \"federal\"");
    }

    @Test
    void reportsAnInvalidCron() throws Exception {
        String yaml = VALID.replace("\"0 0 3 * * ?\"", "\"0 0 3 * * * * *\"");
        assertProblem(yaml, "schedule:", "invalid schedule \"0 0 3 * * * * *\"");
    }

    @Test
    void reportsAMissingProtocolParameter() throws Exception {
        String yaml = VALID.replace("baseUrl: https://example.org:3000", "years: [2021, 2022]");
        assertProblem(yaml, "years:", "missing parameter \"baseUrl\" (protocol \"inai-edca\")");
    }

    @Test
    void reportsEitherOfTwoParametersMissing() throws Exception {
        String yaml = VALID.replace("protocol: inai-edca", "protocol: ocds-url")
                .replace("baseUrl: https://example.org:3000", "urlz: https://example.org/data.json");
        assertProblem(yaml, "urlz:", "unknown parameter \"urlz\" for protocol \"ocds-url\" (known: url, urls)");
        String none = VALID.replace("protocol: inai-edca", "protocol: ocds-url")
                .replace("      baseUrl: https://example.org:3000\n", "")
                .replace("parameters:", "parameters: {}");
        assertProblem(none, "parameters:", "missing parameter \"url\" or \"urls\" (protocol \"ocds-url\")");
    }

    @Test
    void reportsBadUrls() throws Exception {
        String ftp = VALID.replace("https://example.org:3000", "ftp://example.org");
        assertProblem(ftp, "baseUrl:", "parameter \"baseUrl\": \"ftp://example.org\" must start with http://");
        String query = VALID.replace("https://example.org:3000", "https://example.org/api?x=1");
        assertProblem(query, "baseUrl:", "cannot carry a query");
        String spaces = VALID.replace("https://example.org:3000", "https://example .org");
        assertProblem(spaces, "baseUrl:", "is not a valid URL");
    }

    @Test
    void reportsBadYears() throws Exception {
        String yaml = VALID.replace("baseUrl: https://example.org:3000",
                "baseUrl: https://example.org:3000\n      years: [2021, twenty]");
        assertProblem(yaml, "years:", "\"twenty\" is not a year");
    }

    @Test
    void reportsBadHttpOptions() throws Exception {
        assertProblem(VALID + "    http:\n      readTimeout: soon\n", "readTimeout:",
                "http.readTimeout: \"soon\" is not a duration");
        assertProblem(VALID + "    http:\n      connectTimeout: 0s\n", "connectTimeout:",
                "http.connectTimeout must be longer than zero");
        assertProblem(VALID + "    http:\n      maxBodyBytes: lots\n", "maxBodyBytes:",
                "http.maxBodyBytes: \"lots\" is not a size");
        assertProblem(VALID + "    http:\n      timeout: 5s\n", "timeout:", "unknown key \"timeout\" in http");
    }

    @Test
    void reportsADuplicateKey() throws Exception {
        String yaml = VALID.replace("    status: active\n", "    status: active\n    status: frozen\n");
        assertProblem(yaml, "status: frozen", "duplicate key \"status\"");
    }

    @Test
    void reportsABadId() throws Exception {
        String yaml = VALID.replace("id: alpha", "id: Alpha_1");
        assertProblem(yaml, "id: Alpha_1", "source #1: id \"Alpha_1\" must be lower-case");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() throws Exception {
        String yaml = VALID.replace("\"0 0 3 * * ?\"", "\"0 0 3 * * ?") + "  - id: beta\n";
        RegistryException e = problem(yaml);
        assertTrue(e.reason().startsWith("not valid YAML: "), e.reason());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void reportsEveryBrokenSourceAtOnce() throws Exception {
        String beta = VALID.replace("sources:\n", "").replace("id: alpha", "id: beta")
                .replace("kind: state-platform", "kind: ministry");
        String yaml = VALID.replace("status: active", "status: paused") + beta;
        RegistryException e = problem(yaml);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals(lineOf(yaml, "status: paused"), e.problems().get(0).line());
        assertEquals(lineOf(yaml, "kind: ministry"), e.problems().get(1).line());
        assertTrue(e.problems().get(1).reason().startsWith("source \"beta\": unknown kind \"ministry\""));
    }

    @Test
    void reportsAFileThatIsNotARegistry() throws Exception {
        assertEquals("the registry is empty", problem("").reason());
        assertTrue(problem("- just a list\n").reason().contains("the registry must be a mapping"));
        assertTrue(problem("sources: none\n").reason().contains("\"sources\" must be a list"));
        assertTrue(problem(VALID + "extra: 1\n").reason().contains("unknown top-level key \"extra\""));
        RegistryException missing = assertThrows(RegistryException.class,
                () -> RegistryLoader.load(dir.resolve("absent.yaml")));
        assertTrue(missing.reason().startsWith("cannot read the registry"), missing.reason());
    }

    private void assertProblem(String yaml, String lineMarker, String reasonPart) throws IOException {
        RegistryException e = problem(yaml);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertEquals(lineOf(yaml, lineMarker), e.line(), e.getMessage());
        assertTrue(e.reason().contains(reasonPart), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("registry.yaml") + ":" + e.line() + ": "), e.getMessage());
    }

    private RegistryException problem(String yaml) throws IOException {
        Path file = write(yaml);
        return assertThrows(RegistryException.class, () -> RegistryLoader.load(file));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("registry.yaml"), yaml);
    }

    private static int lineOf(String yaml, String marker) {
        List<String> lines = yaml.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line contains " + marker);
    }
}
