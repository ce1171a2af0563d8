package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ckan}: a CKAN dataset whose resources are OCDS. {@code GET {baseUrl}/api/3/action/package_show?id={dataset}}
 * lists the resources; each whose format is one of {@code formats} (default {@code json} and {@code zip}) and, when
 * {@code modifiedSince} is given, that changed since that date, is harvested as an OCDS document (asked
 * conditionally, skipped when unchanged).
 */
public final class CkanAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "ckan";
    private static final List<String> DEFAULT_FORMATS = List.of("json", "zip");

    private CkanAdapter() {
    }

    public static CkanAdapter create() {
        return new CkanAdapter();
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) {
        for (URI resource : resources(source.parameters(), session)) {
            session.readDocument(resource, session::read);
        }
    }

    private List<URI> resources(ProtocolParameters parameters, SourceSession session) {
        String base = parameters.string("baseUrl").replaceAll("/+$", "");
        URI show = URI.create(base + "/api/3/action/package_show?id="
                + URLEncoder.encode(parameters.string("dataset"), StandardCharsets.UTF_8));
        Optional<Fetched> fetched = session.fetchEntryPoint(FetchRequest.get(show));
        if (fetched.isEmpty()) {
            return List.of();
        }
        try (Fetched document = fetched.get()) {
            Optional<JsonNode> resources = session.parse(document, DocumentScan::tree)
                    .map(answer -> answer.path("result").path("resources"));
            if (resources.isEmpty()) {
                return List.of();
            }
            if (!resources.get().isArray()) {
                session.unusable(document, "La respuesta de CKAN no trae result.resources / The CKAN answer has no "
                        + "result.resources");
                return List.of();
            }
            return wanted(resources.get(), parameters, show);
        }
    }

    private static List<URI> wanted(JsonNode resources, ProtocolParameters parameters, URI show) {
        List<String> formats = parameters.strings("formats").isEmpty() ? DEFAULT_FORMATS
                : parameters.strings("formats").stream().map(f -> f.toLowerCase(Locale.ROOT)).toList();
        Optional<String> since = parameters.optionalString("modifiedSince");
        List<URI> urls = new ArrayList<>();
        for (JsonNode resource : resources) {
            String format = resource.path("format").asText("").toLowerCase(Locale.ROOT);
            String modified = resource.path("last_modified").asText(resource.path("created").asText(""));
            boolean recent = since.isEmpty() || modified.isEmpty() || modified.compareTo(since.get()) >= 0;
            if (formats.contains(format) && recent && resource.path("url").isTextual()) {
                urls.add(show.resolve(resource.path("url").asText().strip()));
            }
        }
        return urls;
    }
}
