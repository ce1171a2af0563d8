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
import org.ocdsnacional.indexer.cluster.ClusterException;
import org.ocdsnacional.indexer.query.InputBounds;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.RegisteredSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The OCDS documents of a process, so that any OCDS tool can consume us: {@code GET /ocds/record-package?ocid=…}
 * (the record, with every release and the compiled release) and {@code GET /ocds/release-package?ocid=…} (the
 * releases). {@code source=…} picks the publisher of an ocid without a registered prefix. Each package declares the
 * extensions its releases' packages declared, and its {@code uri} is built from the configured public URL and the
 * parameters it was read with, never from the request's Host header. A missing, empty or repeated parameter, or a
 * source that is not registered, is HTTP 400; a process that does not exist, 404; the index unreachable, 503; all in
 * JSON, Spanish and English.
 */
public final class OcdsPackageService implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(OcdsPackageService.class);
    private static final String VERSION = "1.1";
    private static final String RECORD_PACKAGE = "/ocds/record-package";
    private static final String RELEASE_PACKAGE = "/ocds/release-package";

    private final ApiBackend backend;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Optional<URI> publicUrl;

    private OcdsPackageService(ApiBackend backend, ObjectMapper mapper, Clock clock, Optional<URI> publicUrl) {
        this.backend = backend;
        this.mapper = mapper;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** The packages of {@code backend}'s processes; their {@code uri} starts with {@code publicUrl} when given. */
    public static OcdsPackageService create(ApiBackend backend, ObjectMapper mapper, Optional<URI> publicUrl) {
        return new OcdsPackageService(backend, mapper, Clock.systemUTC(), publicUrl);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/record-package", (request, response) -> answer(request, response, RECORD_PACKAGE))
                .get("/release-package", (request, response) -> answer(request, response, RELEASE_PACKAGE));
    }

    /** What a request asks for: one ocid, and perhaps one registered source. */
    private record Wanted(String ocid, Optional<String> source) {
    }

    private void answer(ServerRequest request, ServerResponse response, String path) throws IOException {
        try {
            answer(request, response, path, wanted(request));
        } catch (InvalidQueryException e) {
            error(response, Status.BAD_REQUEST_400, "BAD_REQUEST", e.getMessage());
        } catch (ClusterException e) {
            LOG.warn("An OCDS package could not be read: {}", e.getMessage());
            error(response, Status.SERVICE_UNAVAILABLE_503, "SERVICE_UNAVAILABLE", "El índice de búsqueda no está "
                    + "disponible; intente más tarde / The search index is unavailable; try again later.");
        }
    }

    private void answer(ServerRequest request, ServerResponse response, String path, Wanted wanted)
            throws IOException {
        Optional<JsonNode> process = backend.processes().process(wanted.ocid(), wanted.source());
        if (process.isEmpty()) {
            String ocid = InvalidQueryException.shown(wanted.ocid());
            error(response, Status.NOT_FOUND_404, "NOT_FOUND", "No hay un proceso con ocid " + ocid
                    + " / No process with ocid " + ocid + ".");
            return;
        }
        List<JsonNode> releases = backend.releases().of(process.get().path("key").asText());
        ObjectNode body = envelope(base(request), path, wanted, releases);
        ArrayNode list = mapper.createArrayNode();
        releases.forEach(release -> list.add(release.path("json")));
        if (path.equals(RECORD_PACKAGE)) {
            ObjectNode record = body.putArray("records").addObject();
            record.put("ocid", process.get().path("ocid").asText());
            record.set("releases", list);
            record.set("compiledRelease", process.get().path("compiledRelease"));
        } else {
            body.set("releases", list);
        }
        response.header(HeaderValues.CONTENT_TYPE_JSON).send(mapper.writeValueAsBytes(body));
    }

    private Wanted wanted(ServerRequest request) {
        String ocid = InputBounds.ocid(single(request, "ocid").filter(value -> !value.isBlank())
                .orElseThrow(() -> new InvalidQueryException("Falta el parámetro «ocid» / The «ocid» parameter is "
                        + "missing: " + RECORD_PACKAGE + "?ocid=ocds-xxxxxx-…")));
        Optional<String> source = single(request, "source");
        RegisteredSources.check("source", source.stream().toList(), backend.sources().get());
        return new Wanted(ocid, source);
    }

    /** The one value of a parameter; given twice, the request is ambiguous and refused. */
    private static Optional<String> single(ServerRequest request, String name) {
        List<String> values = request.query().all(name, List::of);
        if (values.size() > 1) {
            throw new InvalidQueryException("El parámetro «" + name + "» se dio " + values.size() + " veces; dé uno / "
                    + "The «" + name + "» parameter was given " + values.size() + " times; give one.");
        }
        return values.stream().findFirst();
    }

    private ObjectNode envelope(URI base, String path, Wanted wanted, List<JsonNode> releases) {
        ObjectNode body = mapper.createObjectNode();
        body.put("uri", base + packagePath(path, wanted.ocid(), wanted.source()));
        body.put("version", VERSION);
        ArrayNode extensions = mapper.createArrayNode();
        declaredExtensions(releases).forEach(extensions::add);
        if (!extensions.isEmpty()) {
            body.set("extensions", extensions);
        }
        body.put("publishedDate", clock.instant().toString());
        body.putObject("publisher").put("name", "ocds-nacional").put("uri", base + "/");
        return body;
    }

    /** The extensions the packages of these releases declared, each once, in the order first met. */
    private static Set<String> declaredExtensions(List<JsonNode> releases) {
        Set<String> extensions = new LinkedHashSet<>();
        releases.forEach(release -> release.path("packageExtensions").forEach(url -> extensions.add(url.asText())));
        return extensions;
    }

    /** The configured public URL, or {@code http://localhost:<the port the request came to>}. */
    private URI base(ServerRequest request) {
        return publicUrl.orElseGet(() -> URI.create("http://localhost:"
                + ((InetSocketAddress) request.localPeer().address()).getPort()));
    }

    private void error(ServerResponse response, Status status, String code, String message) {
        response.status(status).header(HeaderValues.CONTENT_TYPE_JSON).send(ErrorBody.of(mapper, code, message));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * The path of the record package of an ocid, as {@code Process.recordPackageUrl} links it; with the source for
     * an ocid that is only unique within its publisher.
     */
    static String recordPath(String ocid, Optional<String> source) {
        return packagePath(RECORD_PACKAGE, ocid, source);
    }

    private static String packagePath(String path, String ocid, Optional<String> source) {
        return path + "?ocid=" + encoded(ocid) + source.map(id -> "&source=" + encoded(id)).orElse("");
    }
}
