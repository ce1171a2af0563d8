package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.Source;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * {@code inai-edca}: INAI's "Contrataciones Abiertas" tool. {@code GET {baseUrl}/edca/fiscalYears} lists the
 * years (unless the registry's {@code years} parameter overrides it), then {@code GET
 * {baseUrl}/edca/contractingprocess/{year}} gives {@code {"arrayReleasePackage":[package,...]}} for each.
 *
 * <p>"No data for that year" comes two ways, neither an error: HTTP 404, or HTTP 200 with a body such as
 * {@code {"message":"No se ha encontrado..."}}. A year that fails does not stop the others.
 */
public final class InaiEdcaAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "inai-edca";

    /** A "no data" body is a short message; anything larger is data (or an error the reader reports). */
    private static final long MESSAGE_BODY_MAX_BYTES = 64 * 1024;

    private final ObjectMapper mapper;

    private InaiEdcaAdapter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static InaiEdcaAdapter create(ObjectMapper mapper) {
        return new InaiEdcaAdapter(mapper);
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) throws IOException {
        EdcaRoutes routes = EdcaRoutes.of(source.parameters().string("baseUrl"));
        for (int year : years(source, routes, session)) {
            harvestYear(routes, year, session);
        }
    }

    private List<Integer> years(Source source, EdcaRoutes routes, SourceSession session) throws IOException {
        List<Integer> configured = source.parameters().integers("years");
        if (!configured.isEmpty()) {
            return configured;
        }
        Optional<Fetched> fetched = session.fetch(routes.fiscalYears());
        if (fetched.isEmpty()) {
            return List.of();
        }
        try (Fetched document = fetched.get()) {
            return fiscalYears(document, session);
        }
    }

    /** The years of a {@code {"fiscalYears":[{"year":2021,...}]}} body, oldest first. */
    private List<Integer> fiscalYears(Fetched document, SourceSession session) throws IOException {
        JsonNode list;
        try {
            list = mapper.readTree(document.file().toFile()).path("fiscalYears");
        } catch (JacksonException e) {
            session.unusable(document, "La lista de años no es JSON / The list of years is not JSON: "
                    + e.getOriginalMessage());
            return List.of();
        }
        if (!list.isArray()) {
            session.unusable(document,
                    "La respuesta no trae \"fiscalYears\" / The response has no \"fiscalYears\" list");
            return List.of();
        }
        return StreamSupport.stream(list.spliterator(), false)
                .map(entry -> entry.path("year").asText())
                .filter(year -> year.matches("\\d{4}"))
                .map(Integer::valueOf)
                .distinct()
                .sorted()
                .toList();
    }

    private void harvestYear(EdcaRoutes routes, int year, SourceSession session) throws IOException {
        Optional<Fetched> fetched = session.fetchIfPresent(routes.contractingProcesses(year));
        if (fetched.isEmpty()) {
            return;
        }
        try (Fetched document = fetched.get()) {
            if (!isNoDataMessage(document)) {
                session.read(document);
            }
        }
    }

    /** {@code {"message":"No se ha encontrado..."}} with status 200: the tool's way of saying "nothing". */
    private boolean isNoDataMessage(Fetched document) throws IOException {
        if (document.bytes() > MESSAGE_BODY_MAX_BYTES) {
            return false;
        }
        try {
            JsonNode body = mapper.readTree(document.file().toFile());
            return body != null && body.has("message") && !body.has("arrayReleasePackage");
        } catch (JacksonException notJson) {
            return false; // not a message: reading it as OCDS reports what is wrong, with its position
        }
    }
}
