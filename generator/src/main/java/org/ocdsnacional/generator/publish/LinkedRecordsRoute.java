package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.generator.PackageInfo;
import org.ocdsnacional.generator.Packages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code linked-records}: Nuevo León's public works API. {@code GET /records?anio=[{"value":"2024"}]} (the query
 * value is JSON) answers a top-level array of record packages whose records only link their releases;
 * {@code GET /releases/{ocid}/{n}.json} answers a release package with that release.
 */
final class LinkedRecordsRoute implements Route {

    private static final Pattern YEAR = Pattern.compile("\\[\\{\"value\":\"(\\d{4})\"}]");
    private static final Pattern RELEASE = Pattern.compile("/releases/([^/]+)/(\\d+)\\.json");

    private final ObjectMapper mapper;
    private final Packages packages;

    LinkedRecordsRoute(ObjectMapper mapper, Packages packages) {
        this.mapper = mapper;
        this.packages = packages;
    }

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        String base = "http://" + request.host() + "/" + source.id();
        Matcher release = RELEASE.matcher(request.path());
        if (release.matches()) {
            return release(source, release.group(1), Integer.parseInt(release.group(2)), base + request.path(),
                    response);
        }
        if (!request.path().equals("/records")) {
            return false;
        }
        Matcher year = YEAR.matcher(request.param("anio").orElse(""));
        List<Integer> processes = year.matches()
                ? Years.processes(source.dataset(), Integer.parseInt(year.group(1))) : List.of();
        response.stream(json -> records(source, processes, base, json));
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        String anio = URLEncoder.encode("[{\"value\":\"", StandardCharsets.UTF_8) + "{year}"
                + URLEncoder.encode("\"}]", StandardCharsets.UTF_8);
        return "url: \"" + baseUrl + "/records?anio=" + anio + "\"\nfromYear: "
                + source.dataset().settings().fromYear();
    }

    private void records(PublishedSource source, List<Integer> processes, String base, JsonGenerator json)
            throws IOException {
        json.writeStartArray();
        for (int index : processes) {
            json.writeStartObject();
            PackageInfo.of(source.dataset(), base + "/records/" + source.dataset().ocid(index), source.name())
                    .writeFields(json);
            json.writeArrayFieldStart("records");
            json.writeStartObject();
            json.writeStringField("ocid", source.dataset().ocid(index));
            json.writeArrayFieldStart("releases");
            List<ObjectNode> releases = source.dataset().releases(index);
            for (int n = 0; n < releases.size(); n++) {
                ObjectNode link = mapper.createObjectNode();
                link.put("url", base + "/releases/" + source.dataset().ocid(index) + "/" + (n + 1) + ".json");
                link.set("date", releases.get(n).get("date"));
                link.set("tag", releases.get(n).get("tag"));
                packages.write(link, json);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private boolean release(PublishedSource source, String ocid, int number, String uri, Response response)
            throws IOException {
        int index = processNumber(ocid);
        if (index < 0 || index >= source.dataset().size() || !source.dataset().ocid(index).equals(ocid)) {
            return false;
        }
        List<ObjectNode> releases = source.dataset().releases(index);
        if (number < 1 || number > releases.size()) {
            return false;
        }
        PackageInfo info = PackageInfo.of(source.dataset(), uri, source.name());
        response.stream(json -> {
            json.writeStartObject();
            info.writeFields(json);
            json.writeArrayFieldStart("releases");
            packages.write(releases.get(number - 1), json);
            json.writeEndArray();
            json.writeEndObject();
        });
        return true;
    }

    /** Generated ocids end with the process number (from 1): {@code ...-2024-000042}. */
    private static int processNumber(String ocid) {
        String digits = ocid.substring(ocid.lastIndexOf('-') + 1);
        return digits.matches("\\d+") ? Integer.parseInt(digits) - 1 : -1;
    }
}
