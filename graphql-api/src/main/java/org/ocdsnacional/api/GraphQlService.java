package org.ocdsnacional.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.ocdsnacional.api.admin.Credentials;
import org.ocdsnacional.api.admin.MutationsByPost;
import org.ocdsnacional.api.limits.BoundedJson;
import org.ocdsnacional.api.limits.CostReport;
import org.ocdsnacional.api.web.ApiMetrics;
import org.ocdsnacional.indexer.query.ClientKeys;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * GraphQL over HTTP: {@code POST /graphql} with {@code {"query", "variables", "operationName"}}, the same as
 * {@code GET /graphql?query=…&variables=…} (which never runs a mutation: HTTP 405), and the schema itself at
 * {@code GET /graphql/schema.graphql}. A query refused for the client's budget is answered with HTTP 429 and
 * {@code Retry-After}; a request that is not a GraphQL request with HTTP 400 ({@code BAD_REQUEST}); a failure of the
 * server itself with HTTP 500 ({@code INTERNAL_ERROR}), logged here. Every answer is JSON, with messages in Spanish
 * and English.
 */
public final class GraphQlService implements HttpService {

    private static final Logger LOG = LoggerFactory.getLogger(GraphQlService.class);

    private final GraphQlEngine engine;
    private final ApiMetrics metrics;
    private final ObjectMapper mapper;
    private final RequestReader reader;

    private GraphQlService(GraphQlEngine engine, ApiMetrics metrics, ObjectMapper mapper) {
        this.engine = engine;
        this.metrics = metrics;
        this.mapper = mapper;
        this.reader = new RequestReader(mapper);
    }

    /** Serves {@code engine}, counting every request in {@code metrics}. */
    public static GraphQlService create(GraphQlEngine engine, ApiMetrics metrics, ObjectMapper mapper) {
        return new GraphQlService(engine, metrics, mapper);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/schema.graphql", this::schema)
                .post("/", this::post)
                .get("/", this::get);
    }

    private void schema(ServerRequest request, ServerResponse response) {
        response.header(HeaderValues.CONTENT_TYPE_TEXT_PLAIN).send(engine.sdl());
    }

    private void post(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        byte[] body = request.content().hasEntity() ? request.content().as(byte[].class) : new byte[0];
        answer(request, response, () -> reader.fromBody(body), false);
    }

    private void get(ServerRequest request, ServerResponse response) throws JsonProcessingException {
        answer(request, response, () -> reader.fromParameters(request.query().first("query").asOptional(),
                request.query().first("variables").asOptional(), request.query().first("operationName").asOptional()),
                true);
    }

    private void answer(ServerRequest request, ServerResponse response, Supplier<RequestReader.Parts> parts,
                        boolean readOnly) throws JsonProcessingException {
        RequestReader.Parts read;
        try {
            read = parts.get();
        } catch (RequestReader.BadRequest e) {
            error(response, Status.BAD_REQUEST_400, "BAD_REQUEST", e.getMessage());
            return;
        }
        try {
            execute(request, response, read, readOnly);
        } catch (RuntimeException e) {
            LOG.error("GraphQL request failed: {}", InvalidQueryException.shown(read.query()), e);
            error(response, Status.INTERNAL_SERVER_ERROR_500, "INTERNAL_ERROR", ApiErrors.INTERNAL);
        }
    }

    private void execute(ServerRequest request, ServerResponse response, RequestReader.Parts parts,
                         boolean readOnly) throws JsonProcessingException {
        Credentials credentials = Credentials.fromAuthorization(
                request.headers().first(HeaderNames.AUTHORIZATION));
        GraphQlRequest graphQl = new GraphQlRequest(parts.query(), parts.variables(), parts.operationName(),
                ClientKeys.of(request.remotePeer().address()), credentials, readOnly);
        long started = System.nanoTime();
        GraphQlResponse answer = engine.execute(graphQl);
        metrics.record(answer.operation(), answer.errorCodes(), answer.cost().map(CostReport::requested).orElse(0L),
                Duration.ofNanos(System.nanoTime() - started));
        answer.retryAfterSeconds().ifPresent(seconds -> response.status(Status.TOO_MANY_REQUESTS_429)
                .header(HeaderNames.RETRY_AFTER, String.valueOf(seconds)));
        if (answer.errorCodes().contains(MutationsByPost.METHOD_NOT_ALLOWED)) {
            response.status(Status.METHOD_NOT_ALLOWED_405).header(HeaderNames.ALLOW, "POST");
        }
        byte[] body = BoundedJson.write(mapper, answer.toSpecification(), engine.maxResponseBytes())
                .orElseGet(() -> tooLarge(answer));
        response.header(HeaderValues.CONTENT_TYPE_JSON).send(body);
    }

    /** The error answered instead of an answer larger than allowed, with what the query cost. */
    private byte[] tooLarge(GraphQlResponse answer) {
        Map<String, Object> error = new LinkedHashMap<>(BoundedJson.tooLarge(engine.maxResponseBytes()));
        answer.cost().ifPresent(cost -> error.put("extensions", Map.of("cost", cost.toExtension())));
        try {
            return mapper.writeValueAsBytes(error);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an error", e);
        }
    }

    private void error(ServerResponse response, Status status, String code, String message) {
        response.status(status).header(HeaderValues.CONTENT_TYPE_JSON).send(ErrorBody.of(mapper, code, message));
    }
}
