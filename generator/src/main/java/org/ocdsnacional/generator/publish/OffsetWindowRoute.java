package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.generator.Packages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code offset-window}: QuiénEsQuién.wiki's API. {@code GET /contracts?start_date_min=&start_date_max=&offset=
 * &limit=} answers {@code {"count":n,"data":[release,...]}} for the releases dated in the window, refusing
 * {@code offset + limit} beyond 10,000; its releases carry its non-standard fields ({@code source},
 * {@code govLevel}, {@code tag} as a string).
 */
final class OffsetWindowRoute implements Route {

    private static final int WINDOW_LIMIT = 10_000;

    private final Packages packages;

    OffsetWindowRoute(Packages packages) {
        this.packages = packages;
    }

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        if (!request.path().equals("/contracts")) {
            return false;
        }
        int offset = Math.max(0, request.intParam("offset", 0));
        int limit = Math.max(1, request.intParam("limit", 1000));
        if (offset + limit > WINDOW_LIMIT) {
            response.json(400, Map.of("error", "offset + limit must not exceed 10000"));
            return true;
        }
        List<ObjectNode> window = window(source, request.param("start_date_min").orElse("0000-00-00"),
                request.param("start_date_max").orElse("9999-99-99"));
        response.stream(json -> {
            json.writeStartObject();
            json.writeNumberField("count", window.size());
            json.writeArrayFieldStart("data");
            for (int i = offset; i < Math.min(window.size(), offset + limit); i++) {
                packages.write(quirks(window.get(i), source), json);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        return "url: " + baseUrl + "/contracts\nfrom: " + source.dataset().settings().fromYear() + "-01-01\nuntil: "
                + source.dataset().settings().toYear() + "-12-31\nlimit: 1000";
    }

    private static List<ObjectNode> window(PublishedSource source, String min, String max) {
        List<ObjectNode> releases = new ArrayList<>();
        for (int index = 0; index < source.dataset().size(); index++) {
            for (ObjectNode release : source.dataset().releases(index)) {
                String day = release.path("date").asText("").length() >= 10 ? release.get("date").asText()
                        .substring(0, 10) : "";
                if (day.compareTo(min) >= 0 && day.compareTo(max) <= 0) {
                    releases.add(release);
                }
            }
        }
        return releases;
    }

    private static ObjectNode quirks(ObjectNode release, PublishedSource source) {
        ObjectNode changed = release.deepCopy();
        changed.putArray("source").add("generador-" + source.id());
        changed.put("govLevel", "state");
        changed.put("tag", release.path("tag").path(0).asText("tender"));
        return changed;
    }
}
