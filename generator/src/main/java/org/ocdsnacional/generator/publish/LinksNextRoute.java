package org.ocdsnacional.generator.publish;

import org.ocdsnacional.generator.PackageInfo;
import org.ocdsnacional.generator.Packages;

import java.io.IOException;

/**
 * {@code links-next}: {@code GET /packages?page=N} (from 1) answers a release package of a few processes whose
 * {@code links.next} names the next page, absent on the last.
 */
final class LinksNextRoute implements Route {

    static final int PROCESSES_PER_PAGE = 50;

    private final Packages packages;

    LinksNextRoute(Packages packages) {
        this.packages = packages;
    }

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        if (!request.path().equals("/packages")) {
            return false;
        }
        int page = Math.max(1, request.intParam("page", 1));
        int from = Math.min(source.dataset().size(), (page - 1) * PROCESSES_PER_PAGE);
        int to = Math.min(source.dataset().size(), from + PROCESSES_PER_PAGE);
        String base = "http://" + request.host() + "/" + source.id() + "/packages";
        PackageInfo info = PackageInfo.of(source.dataset(), base + "?page=" + page, source.name());
        response.stream(json -> {
            json.writeStartObject();
            info.writeFields(json);
            if (to < source.dataset().size()) {
                json.writeObjectFieldStart("links");
                json.writeStringField("next", base + "?page=" + (page + 1));
                json.writeEndObject();
            }
            json.writeFieldName("releases");
            json.writeStartArray();
            for (int index = from; index < to; index++) {
                for (var release : source.dataset().releases(index)) {
                    packages.write(release, json);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        });
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        return "url: " + baseUrl + "/packages";
    }
}
