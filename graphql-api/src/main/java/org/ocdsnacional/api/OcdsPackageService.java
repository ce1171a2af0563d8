package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The OCDS documents of a process, so that any OCDS tool can consume us: {@code GET /ocds/record-package?ocid=…}
 * (the record, with every release and the compiled release) and {@code GET /ocds/release-package?ocid=…} (the
 * releases). {@code source=…} picks the publisher of an ocid without a registered prefix.
 */
public final class OcdsPackageService implements HttpService {

    private static final String VERSION = "1.1";

    private final ApiBackend backend;
    private final ObjectMapper mapper;
    private final Clock clock;

    private OcdsPackageService(ApiBackend backend, ObjectMapper mapper, Clock clock) {
        this.backend = backend;
        this.mapper = mapper;
        this.clock = clock;
    }

    public static OcdsPackageService create(ApiBackend backend, ObjectMapper mapper) {
        return new OcdsPackageService(backend, mapper, Clock.systemUTC());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/record-package", (request, response) -> answer(request, response, true))
                .get("/release-package", (request, response) -> answer(request, response, false));
    }

    private void answer(ServerRequest request, ServerResponse response, boolean record) throws IOException {
        Optional<String> ocid = request.query().first("ocid").asOptional();
        if (ocid.isEmpty()) {
            error(response, Status.BAD_REQUEST_400, "Falta el parámetro «ocid» / The «ocid» parameter is missing");
            return;
        }
        Optional<JsonNode> process = backend.processes().process(ocid.get(),
                request.query().first("source").asOptional());
        if (process.isEmpty()) {
            error(response, Status.NOT_FOUND_404, "No hay un proceso con ocid «" + ocid.get() + "» / No process with "
                    + "ocid «" + ocid.get() + "»");
            return;
        }
        List<JsonNode> releases = backend.releases().of(process.get().path("key").asText());
        ObjectNode body = record ? recordPackage(request, process.get(), releases)
                : releasePackage(request, releases);
        response.header(HeaderValues.CONTENT_TYPE_JSON).send(mapper.writeValueAsBytes(body));
    }

    private ObjectNode recordPackage(ServerRequest request, JsonNode process, List<JsonNode> releases) {
        ObjectNode body = envelope(request);
        ObjectNode record = body.putArray("records").addObject();
        record.put("ocid", process.path("ocid").asText());
        ArrayNode list = record.putArray("releases");
        releases.forEach(release -> list.add(release.path("json")));
        record.set("compiledRelease", process.path("compiledRelease"));
        return body;
    }

    private ObjectNode releasePackage(ServerRequest request, List<JsonNode> releases) {
        ObjectNode body = envelope(request);
        ArrayNode list = body.putArray("releases");
        releases.forEach(release -> list.add(release.path("json")));
        return body;
    }

    private ObjectNode envelope(ServerRequest request) {
        ObjectNode body = mapper.createObjectNode();
        body.put("uri", request.requestedUri().toUri().toString());
        body.put("version", VERSION);
        body.put("publishedDate", clock.instant().toString());
        body.putObject("publisher").put("name", "ocds-nacional")
                .put("uri", request.requestedUri().toUri().resolve("/").toString());
        return body;
    }

    private void error(ServerResponse response, Status status, String message) throws IOException {
        response.status(status).header(HeaderValues.CONTENT_TYPE_JSON)
                .send(mapper.writeValueAsBytes(mapper.createObjectNode().put("error", message)));
    }

    /** The path of the record package of an ocid, as {@code Process.recordPackageUrl} links it. */
    static String recordPath(String ocid) {
        return "/ocds/record-package?ocid=" + URLEncoder.encode(ocid, StandardCharsets.UTF_8);
    }
}
