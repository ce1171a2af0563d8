package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.generator.Packages;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code pdn-s6}: the Plataforma Digital Nacional's System 6. {@code POST /search?supplier_id=X} with
 * {@code {"page":n,"pageSize":s}} (pages from 0, at most 200 releases each) answers
 * {@code {"pagination":{"total","page","pageSize"},"data":[release,...]}}; {@code supplier_id} is the data provider
 * (here {@code SESEA_} and the state's abbreviation, {@code SHCP} for a national source), any other gives nothing.
 */
final class PdnS6Route implements Route {

    private static final int MAX_PAGE_SIZE = 200;

    private final ObjectMapper mapper;
    private final Packages packages;
    private final Map<String, ReleaseIndex> indexes = new ConcurrentHashMap<>();

    PdnS6Route(ObjectMapper mapper, Packages packages) {
        this.mapper = mapper;
        this.packages = packages;
    }

    /** The provider id a source answers to. */
    static String providerId(PublishedSource source) {
        return source.state().map(state -> "SESEA_" + state.abbreviation()).orElse("SHCP");
    }

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        if (!request.path().equals("/search") || !request.method().equals("POST")) {
            return false;
        }
        JsonNode body = request.body().length == 0 ? mapper.createObjectNode() : mapper.readTree(request.body());
        int page = body.path("page").asInt(0);
        int pageSize = body.path("pageSize").asInt(10);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE || page < 0) {
            response.json(400, Map.of("error", "pageSize must be between 1 and 200, page from 0"));
            return true;
        }
        boolean ours = request.param("supplier_id").filter(providerId(source)::equals).isPresent();
        ReleaseIndex index = indexes.computeIfAbsent(source.id(), id -> ReleaseIndex.of(source.dataset()));
        int total = ours ? index.total() : 0;
        response.stream(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("pagination");
            json.writeNumberField("total", total);
            json.writeNumberField("page", page);
            json.writeNumberField("pageSize", pageSize);
            json.writeEndObject();
            json.writeArrayFieldStart("data");
            long from = (long) page * pageSize;
            if (from < total) {
                writePage(source, index, (int) from, (int) Math.min(pageSize, total - from), json);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        return "baseUrl: " + baseUrl + "\nsupplier_id: " + providerId(source);
    }

    /** Releases {@code from} to {@code from + count} of the whole list, each process generated once. */
    private void writePage(PublishedSource source, ReleaseIndex index, int from, int count, JsonGenerator json)
            throws IOException {
        int process = index.processOf(from);
        int skip = from - index.before(process);
        int left = count;
        while (left > 0 && process < source.dataset().size()) {
            List<ObjectNode> releases = source.dataset().releases(process++);
            for (int i = skip; i < releases.size() && left > 0; i++, left--) {
                packages.write(releases.get(i), json);
            }
            skip = 0;
        }
    }
}
