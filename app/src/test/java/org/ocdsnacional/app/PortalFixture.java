package org.ocdsnacional.app;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The application serving the portal on the demo's generated data, started once for all the tests of a run that
 * need it (kept in JUnit's root store, closed when the run ends): the four demo publishers harvested right away,
 * plus a publisher whose data holds HTML ({@code <script>} in a title, a buyer's name and an ocid) and defects (no
 * category, an award in "PESOS", which is no currency), and a retired source that was never harvested.
 */
final class PortalFixture implements AutoCloseable {

    /** Processes of the demo publishers, in all. */
    static final int PROCESSES = 400;
    /** Fewer processes than the fixture has, so that a download of every one is cut. */
    static final int EXPORT_LIMIT = 300;
    static final String HOSTILE_SOURCE = "prueba-hostil";
    static final String HOSTILE_OCID = "ocds-zz9zz9-<script>alert(1)</script>";
    static final String HOSTILE_TITLE = "Compra de <script>alert('titulo')</script> papelería";
    static final String HOSTILE_BUYER = "Secretaría <b>de</b> Prueba <script>alert('comprador')</script>";
    static final String RETIRED_SOURCE = "prueba-retirada";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path work;
    private final Demo demo;
    private final LocalPublisher hostile;
    private final List<HarvestRun> runs;

    private PortalFixture(Path work, Demo demo, LocalPublisher hostile, List<HarvestRun> runs) {
        this.work = work;
        this.demo = demo;
        this.hostile = hostile;
        this.runs = runs;
    }

    /** The one fixture of this test run, started by the first test class that asks. */
    static PortalFixture shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PortalFixture.class, key -> start(), PortalFixture.class);
    }

    private static PortalFixture start() {
        Path shared = SharedFixtures.root();
        try {
            Path work = Files.createTempDirectory("portal-fixture");
            Demo demo = Demo.publish(work.resolve("demo"), PROCESSES);
            LocalPublisher hostile = new LocalPublisher().json("/hostil.json", hostilePackage());
            Files.writeString(work.resolve("demo/registry.yaml"), extraSources(hostile.url("/hostil.json")),
                    StandardOpenOption.APPEND);
            Map<String, String> config = new HashMap<>(demo.configuration());
            config.put("server.port", "0");
            config.put("portal.export-limit", String.valueOf(EXPORT_LIMIT));
            config.put("schemas.mirror", shared.resolve("ocds-mirror").toString());
            demo.serve(Application.open(AppConfig.load(Optional.empty(), config)));
            List<HarvestRun> runs = new ArrayList<>(demo.harvest().get(5, TimeUnit.MINUTES));
            runs.add(demo.app().harvest(HOSTILE_SOURCE, RunTrigger.MANUAL, ProgressListener.NONE));
            runs.forEach(run -> {
                if (run.state() != RunState.SUCCEEDED) {
                    throw new IllegalStateException("The fixture's harvest failed: " + run);
                }
            });
            return new PortalFixture(work, demo, hostile, runs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("The portal fixture did not start", e);
        }
    }

    /** The server's base URL, e.g. {@code http://localhost:41234}. */
    URI base() {
        return demo.app().apiUri().orElseThrow();
    }

    URI uri(String pathAndQuery) {
        return base().resolve(pathAndQuery);
    }

    /** A GET of a path of the server, over HTTP (for statuses and headers, which a browser does not show). */
    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        URI uri = base().resolve(pathAndQuery.replace("<", "%3C").replace(">", "%3E"));
        return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A HEAD request of a path of the server. */
    HttpResponse<byte[]> head(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base().resolve(pathAndQuery)).method("HEAD",
                HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base().resolve(pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The {@code data} of a GraphQL query asked over HTTP. */
    com.fasterxml.jackson.databind.JsonNode graphql(String query) {
        return new GraphQlClient(base()).data(query, Map.of());
    }

    List<HarvestRun> runs() {
        return runs;
    }

    /** Every process the fixture indexed: the demo's and the hostile publisher's one. */
    static int allProcesses() {
        return PROCESSES + 1;
    }

    @Override
    public void close() throws IOException {
        demo.close();
        hostile.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static String extraSources(String hostileUrl) {
        return """
                  - id: %s
                    name: "Publicador de prueba con <b>HTML</b> en sus datos"
                    state: MX-OAX
                    level: municipal
                    kind: municipality
                    status: active
                    protocol: ocds-url
                    parameters:
                      url: %s
                    schedule: "0 0 3 * * ?"
                    http:
                      politenessDelay: 0s
                  - id: %s
                    name: "Publicador retirado de prueba"
                    state: MX-ZAC
                    level: state
                    kind: state-platform
                    status: retired
                    protocol: ocds-url
                    parameters:
                      url: http://127.0.0.1:9/retirado.json
                    schedule: "0 0 3 * * ?"
                """.formatted(HOSTILE_SOURCE, hostileUrl, RETIRED_SOURCE);
    }

    private static String hostilePackage() {
        String ocid = json(HOSTILE_OCID);
        return """
                {"uri": "http://example.org/hostil.json", "version": "1.1",
                 "publishedDate": "2024-05-02T10:00:00-06:00", "publisher": {"name": "Prueba"},
                 "releases": [{
                   "ocid": %s, "id": "hostil-1", "date": "2024-05-02T10:00:00-06:00", "tag": ["award"],
                   "initiationType": "tender", "language": "es",
                   "parties": [
                     {"id": "MX-RFC-SPR010101AB1", "name": %s, "roles": ["buyer"],
                      "identifier": {"scheme": "MX-RFC", "id": "SPR010101AB1"}},
                     {"id": "MX-RFC-HTM020202CD2", "name": "Proveedora <i>Itálica</i> S.A. de C.V.",
                      "roles": ["supplier"], "identifier": {"scheme": "MX-RFC", "id": "HTM020202CD2"}}],
                   "buyer": {"id": "MX-RFC-SPR010101AB1", "name": %s},
                   "tender": {"id": "t-1", "title": %s, "description": "Descripción con <img src=x onerror=alert(2)>",
                              "status": "complete", "procurementMethod": "direct",
                              "procurementMethodDetails": "Adjudicación directa"},
                   "awards": [{"id": "a-1", "status": "active", "date": "2024-05-01T10:00:00-06:00",
                               "value": {"amount": 12345.67, "currency": "MXN"},
                               "suppliers": [{"id": "MX-RFC-HTM020202CD2", "name": "Proveedora <i>Itálica</i> S.A. de C.V."}]},
                              {"id": "a-2", "status": "active", "date": "2024-05-01T10:00:00-06:00",
                               "value": {"amount": 500, "currency": "PESOS"},
                               "suppliers": [{"id": "MX-RFC-HTM020202CD2", "name": "Proveedora <i>Itálica</i> S.A. de C.V."}]}]
                 }]}
                """.formatted(ocid, json(HOSTILE_BUYER), json(HOSTILE_BUYER), json(HOSTILE_TITLE));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
