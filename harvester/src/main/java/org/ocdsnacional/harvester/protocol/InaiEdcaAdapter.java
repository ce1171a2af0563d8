package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.normalise.EdcaV3Normaliser;
import org.ocdsnacional.ocds.normalise.ReleaseNormaliser;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * {@code inai-edca}: INAI's "Contrataciones Abiertas" tool. {@code GET {baseUrl}/edca/fiscalYears} lists the
 * years (unless the registry's {@code years} parameter overrides it), then {@code GET
 * {baseUrl}/edca/contractingprocess/{year}} gives {@code {"arrayReleasePackage":[package,...]}} for each. With
 * {@code recordPackages: true}, {@code GET {baseUrl}/edca/recordPackages/{year}} adds the history: each release the
 * records link to is fetched from {@code /release/{version}/{file}}. Releases of version 3.0 of the tool are
 * normalised back to OCDS.
 *
 * <p>"No data" comes two ways, neither an error: HTTP 404, or HTTP 200 with a body such as
 * {@code {"message":"No se ha encontrado..."}}. A year that fails does not stop the others. Only whitelisted
 * read-only routes are ever called (never {@code /generate/*}).
 */
public final class InaiEdcaAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "inai-edca";

    /** A "no data" body is a short message; anything larger is data (or an error the reader reports). */
    private static final long MESSAGE_BODY_MAX_BYTES = 64 * 1024;
    private static final ReleaseNormaliser NORMALISER = new EdcaV3Normaliser();

    private InaiEdcaAdapter() {
    }

    public static InaiEdcaAdapter create() {
        return new InaiEdcaAdapter();
    }

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public void harvest(Source source, SourceSession session) {
        EdcaRoutes routes = EdcaRoutes.of(source.parameters().string("baseUrl"));
        boolean history = source.parameters().flag("recordPackages");
        for (int year : years(source, routes, session)) {
            harvestYear(routes, year, session);
            if (history) {
                harvestHistory(routes, year, session);
            }
        }
    }

    private List<Integer> years(Source source, EdcaRoutes routes, SourceSession session) {
        List<Integer> configured = source.parameters().integers("years");
        if (!configured.isEmpty()) {
            return configured;
        }
        Optional<Fetched> fetched = session.fetchEntryPoint(FetchRequest.get(routes.fiscalYears()));
        if (fetched.isEmpty()) {
            return List.of();
        }
        try (Fetched document = fetched.get()) {
            return fiscalYears(document, session);
        }
    }

    /** The years of a {@code {"fiscalYears":[{"year":2021,...}]}} body, oldest first. */
    private static List<Integer> fiscalYears(Fetched document, SourceSession session) {
        Optional<JsonNode> list = session.parse(document, DocumentScan::tree).map(body -> body.path("fiscalYears"));
        if (list.isEmpty()) {
            return List.of();
        }
        if (!list.get().isArray()) {
            session.unusable(document,
                    "La respuesta no trae \"fiscalYears\" / The response has no \"fiscalYears\" list");
            return List.of();
        }
        return StreamSupport.stream(list.get().spliterator(), false)
                .map(entry -> entry.path("year").asText())
                .filter(year -> year.matches("\\d{4}"))
                .map(Integer::valueOf)
                .distinct()
                .sorted()
                .toList();
    }

    private static void harvestYear(EdcaRoutes routes, int year, SourceSession session) {
        session.readDocumentIfPresent(routes.contractingProcesses(year), document -> {
            if (message(document, "arrayReleasePackage", session).isEmpty()) {
                session.read(document, NORMALISER);
            }
        });
    }

    private static void harvestHistory(EdcaRoutes routes, int year, SourceSession session) {
        Optional<Fetched> fetched = session.fetchIfPresent(routes.recordPackages(year));
        if (fetched.isEmpty()) {
            return;
        }
        Set<URI> releases = new LinkedHashSet<>();
        try (Fetched document = fetched.get()) {
            if (message(document, "recordPackages", session).isPresent()) {
                return;
            }
            List<String> links = session.parse(document, DocumentScan::linkedReleases)
                    .map(DocumentScan.LinkedReleases::urls).orElse(List.of());
            links.forEach(link -> routes.linkedRelease(link).ifPresentOrElse(releases::add, () ->
                    session.unusable(document, "Enlace a un release fuera de las rutas de la herramienta / A release "
                            + "link outside the tool's routes: " + link)));
        }
        for (URI release : releases) {
            harvestLinkedRelease(release, session);
        }
    }

    private static void harvestLinkedRelease(URI url, SourceSession session) {
        Optional<Fetched> fetched = session.fetch(url);
        if (fetched.isEmpty()) {
            return;
        }
        try (Fetched document = fetched.get()) {
            Optional<JsonNode> message = message(document, "ocid", session);
            if (message.isPresent()) {
                session.unusable(document, "La herramienta dice que no encontró el release / The tool says the "
                        + "release was not found: " + message.get());
                return;
            }
            session.read(document, NORMALISER);
        }
    }

    /**
     * The message of a {@code {"message":"No se ha encontrado..."}} body with status 200 and without
     * {@code dataKey}: the tool's way of saying "nothing". Empty for anything else: a body that is not JSON is read
     * as OCDS, which reports what is wrong with it, with its position.
     */
    private static Optional<JsonNode> message(Fetched document, String dataKey, SourceSession session) {
        if (document.bytes() > MESSAGE_BODY_MAX_BYTES) {
            return Optional.empty();
        }
        return session.peek(document, DocumentScan::tree)
                .filter(body -> body.has("message") && !body.has(dataKey))
                .map(body -> body.path("message"));
    }
}
