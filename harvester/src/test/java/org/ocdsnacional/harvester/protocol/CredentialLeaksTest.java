package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.run.Harvester;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.ScriptedServer;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publishers that echo credentials back in their error bodies (as token endpoints do: "invalid_grant for request:
 * ...password=..."): the run's public error says what happened and holds no secret.
 */
class CredentialLeaksTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> ENVIRONMENT = Map.of("PDN_USER", "usuario-pdn",
            "PDN_PASSWORD", "hunter2-contraseña", "PDN_CLIENT", "cliente-pdn", "PDN_SECRET", "s3cr3t-del-cliente",
            "PDN_TOKEN", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwZG4ifQ.firma-secreta");
    private static final List<String> SECRETS = List.of("hunter2", "s3cr3t-del-cliente", "firma-secreta",
            "eyJzdWIiOiJwZG4ifQ", "tok-entregado-123", "clave-de-api-77");

    @TempDir
    Path workDir;

    private ScriptedServer server;
    private Function<RecordedRequest, MockResponse> answers;

    @BeforeEach
    void start() throws IOException {
        server = ScriptedServer.start(request -> answers.apply(request));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTokenEndpointEchoingThePasswordIsReportedWithoutIt() throws IOException {
        answers = request -> status(400, "{\"error\":\"invalid_grant\",\"error_description\":\"invalid_grant for "
                + "request: " + request.getBody().utf8() + "\"}");
        HarvestRun run = harvest(oauth());
        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertEquals(Optional.of(400), run.error().orElseThrow().status());
        assertTrue(run.error().orElseThrow().reason().contains("HTTP 400"), run::toString);
        assertNoSecret(run);
        assertFalse(run.error().orElseThrow().reason().contains("invalid_grant"),
                "nothing of an authenticated answer is kept: " + run);
    }

    @Test
    void aTokenEndpointAnsweringNonsenseWith200IsReportedWithoutQuotingIt() throws IOException {
        answers = request -> status(200, "invalid_grant " + request.getBody().utf8());
        HarvestRun run = harvest(oauth());
        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertTrue(run.error().orElseThrow().reason().contains("not valid JSON"), run::toString);
        assertNoSecret(run);
    }

    @Test
    void aServerErrorEchoingTheBearerTokenIsReportedWithoutIt() throws IOException {
        answers = request -> status(500, "Error con la cabecera Authorization: "
                + request.getHeaders().get("Authorization"));
        HarvestRun run = harvest(Map.of("baseUrl", List.of(url("/v1")), "api", List.of("records"),
                "auth", List.of("bearer"), "tokenEnv", List.of("PDN_TOKEN")));
        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertEquals(Optional.of(500), run.error().orElseThrow().status());
        assertNoSecret(run);
    }

    @Test
    void anUnauthenticatedErrorBodyIsQuotedWithItsCredentialsRedacted() throws IOException {
        answers = request -> status(503, "{\"message\":\"mantenimiento\",\"access_token\":\"tok-entregado-123\"}");
        HarvestRun run = harvest(Map.of("baseUrl", List.of(url("/s6/api/v1")), "supplier_id", List.of("SHCP")));
        assertEquals(RunState.FAILED, run.state(), run::toString);
        String reason = run.error().orElseThrow().reason();
        assertTrue(reason.contains("mantenimiento") && reason.contains("[REDACTED]"), reason);
        assertNoSecret(run);
    }

    @Test
    void aQueryStringKeyIsNotInTheRunsError() throws IOException {
        answers = request -> status(500, "fallo");
        HarvestRun run = harvest(Map.of("baseUrl", List.of(url("/s6/api/v1?api_key=clave-de-api-77")),
                "supplier_id", List.of("SHCP")));
        assertEquals(RunState.FAILED, run.state(), run::toString);
        assertTrue(run.error().orElseThrow().url().contains("api_key=[REDACTED]"), run::toString);
        assertNoSecret(run);
    }

    private static void assertNoSecret(HarvestRun run) {
        String shown = run.toString();
        for (String secret : SECRETS) {
            assertFalse(shown.contains(secret), "«" + secret + "» in " + shown);
        }
    }

    private Map<String, List<String>> oauth() {
        return Map.of("baseUrl", List.of(url("/s6/api/v1")), "supplier_id", List.of("SHCP"),
                "auth", List.of("oauth2-password"), "tokenUrl", List.of(url("/oauth/token")),
                "usernameEnv", List.of("PDN_USER"), "passwordEnv", List.of("PDN_PASSWORD"),
                "clientIdEnv", List.of("PDN_CLIENT"), "clientSecretEnv", List.of("PDN_SECRET"));
    }

    private HarvestRun harvest(Map<String, List<String>> parameters) throws IOException {
        Harvester harvester = Harvester.builder().validator(Validators.DATE_REQUIRED)
                .fetchers(HttpFetcher.factory(workDir))
                .adapters(ProtocolAdapters.standard(MAPPER, name -> Optional.ofNullable(ENVIRONMENT.get(name)),
                        Clock.systemUTC()))
                .sink(new RecordingSink()).mapper(MAPPER).build();
        return harvester.harvest(TestSources.source("pdn-test", PdnS6Adapter.PROTOCOL, parameters),
                RunTrigger.MANUAL, ProgressListener.NONE);
    }

    private String url(String path) {
        String base = server.url("/").toString();
        return base.substring(0, base.length() - 1) + path;
    }

    private static MockResponse status(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }
}
