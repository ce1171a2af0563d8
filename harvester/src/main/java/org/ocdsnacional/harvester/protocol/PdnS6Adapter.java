package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.http.Payload;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.normalise.ReleaseNormaliser;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code pdn-s6}: the Plataforma Digital Nacional's System 6, paged by POST.
 *
 * <ul>
 *   <li>{@code api: search} (default, the public API): {@code POST {baseUrl}/search?supplier_id=X} with
 *       {@code {"page":n,"pageSize":N}} from page 0, answered {@code {"pagination":{total,…},"data":[release…]}},
 *       until {@code pagination.total} releases were asked for. {@code supplier_id} is the data provider.</li>
 *   <li>{@code api: records} (the 2025 interconnection API): {@code POST {baseUrl}/records} from page 1, answered
 *       {@code {"results":[release…],"pagination":{"hasNextPage":…}}}, while there is a next page.</li>
 * </ul>
 * Credentials ({@code auth}: {@code bearer} or {@code oauth2-password}) come from environment variables named in
 * the registry. {@code pageSize} is at most 200 (the API's limit); default 100.
 */
public final class PdnS6Adapter implements ProtocolAdapter {

    public static final String PROTOCOL = "pdn-s6";
    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_PAGES = 1_000_000;

    private final ObjectMapper mapper;
    private final PdnCredentials credentials;

    private PdnS6Adapter(ObjectMapper mapper, Environment environment) {
        this.mapper = mapper;
        this.credentials = new PdnCredentials(environment);
    }

    public static PdnS6Adapter create(ObjectMapper mapper, Environment environment) {
        return new PdnS6Adapter(mapper, environment);
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) {
        ProtocolParameters parameters = source.parameters();
        Optional<String> authorization;
        try {
            authorization = credentials.authorization(parameters, session);
        } catch (PdnCredentials.Missing missing) {
            if (!missing.getMessage().isEmpty()) {
                session.problem(parameters.string("baseUrl"), missing.getMessage());
            }
            return;
        }
        Api api = Api.of(parameters);
        int pageSize = Math.min(parameters.integer("pageSize", 100), MAX_PAGE_SIZE);
        for (int page = api.firstPage(); page < api.firstPage() + MAX_PAGES; page++) {
            Optional<Page> read = page(session, api, page, pageSize, authorization);
            if (read.isEmpty() || read.get().items() == 0 || !api.hasMore(read.get().rest(), page, pageSize)) {
                return;
            }
        }
    }

    private Optional<Page> page(SourceSession session, Api api, int page, int pageSize,
                                      Optional<String> authorization) {
        ObjectNode body = mapper.createObjectNode().put("page", page).put("pageSize", pageSize);
        FetchRequest request = FetchRequest.post(api.url(), Payload.json(body.toString()));
        if (authorization.isPresent()) {
            request = request.withHeader("Authorization", authorization.get());
        }
        Optional<Fetched> fetched = page == api.firstPage() ? session.fetchEntryPoint(request)
                : session.fetch(request);
        if (fetched.isEmpty()) {
            return Optional.empty();
        }
        try (Fetched document = fetched.get()) {
            return session.readPage(document, api.dataKey(), ReleaseNormaliser.NONE);
        }
    }

    /** The two APIs: where to POST, the first page number, where releases are and whether more pages follow. */
    private record Api(URI url, int firstPage, String dataKey, boolean byTotal) {

        static Api of(ProtocolParameters parameters) {
            String base = parameters.string("baseUrl").replaceAll("/+$", "");
            if (parameters.optionalString("api").orElse("search").equals("records")) {
                return new Api(URI.create(base + "/records"), 1, "results", false);
            }
            String provider = URLEncoder.encode(parameters.string("supplier_id"), StandardCharsets.UTF_8);
            return new Api(URI.create(base + "/search?supplier_id=" + provider), 0, "data", true);
        }

        boolean hasMore(ObjectNode rest, int page, int pageSize) {
            JsonNode pagination = rest.path("pagination");
            if (!byTotal) {
                return pagination.path("hasNextPage").asBoolean(rest.path("hasNextPage").asBoolean(false));
            }
            long asked = (long) (page - firstPage + 1) * pageSize;
            return pagination.path("total").canConvertToLong() && asked < pagination.path("total").asLong();
        }
    }
}
