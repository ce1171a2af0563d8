package org.ocdsnacional.web.http;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.helidon.http.HeaderNames;
import io.helidon.http.SetCookie;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.ocdsnacional.indexer.query.ClientKeys;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.web.i18n.Formats;
import org.ocdsnacional.web.i18n.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * Renders the portal's pages: finds the language (the {@code lang} parameter, remembered in a cookie, else Spanish),
 * runs the page, renders its compiled template and sends it with the security headers, gzipped when the browser
 * accepts it. A parameter that cannot be used is a 400 page saying which; something that does not exist a 404 page;
 * anything else a 500 page that shows no detail (the log has it).
 */
public final class Pages {

    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private static final String TEMPLATES = "org.ocdsnacional.web.templates";

    private final TemplateEngine engine;
    private final Assets assets;

    private Pages(TemplateEngine engine, Assets assets) {
        this.engine = engine;
        this.assets = assets;
    }

    public static Pages create(Assets assets) {
        return new Pages(TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader(),
                TEMPLATES), assets);
    }

    /** A page: what it renders, from the request. */
    @FunctionalInterface
    public interface Page {
        View render(ServerRequest request, PageContext context);
    }

    /** A template and its one parameter, the page's model. */
    public record View(String template, Object model) {
    }

    /** A handler that answers with {@code page}, in {@code section} of the site. */
    public Handler handler(String section, Page page) {
        return (request, response) -> answer(request, response, section, page);
    }

    /** The context of a request: its language (and the cookie that remembers a chosen one). */
    public PageContext context(ServerRequest request, ServerResponse response, String section) {
        Optional<Language> chosen = request.query().first(Language.PARAMETER).asOptional().flatMap(Language::of);
        chosen.ifPresent(language -> response.headers().addCookie(SetCookie.builder(Language.PARAMETER,
                        language.code()).path("/").maxAge(Duration.ofDays(365)).sameSite(SetCookie.SameSite.LAX)
                .build()));
        Language language = chosen.or(() -> request.headers().cookies().first(Language.PARAMETER).asOptional()
                .flatMap(Language::of)).orElse(Language.ES);
        return new PageContext(language, Texts.of(language), Formats.of(language), assets,
                switchUrl(request, language.other()), section, ClientKeys.of(request.remotePeer().address()));
    }

    /** Sends an error page for a failure met outside a page handler (an export, say). */
    public void fail(ServerRequest request, ServerResponse response, RuntimeException failure) {
        PageContext context = context(request, response, "");
        View view = errorView(context, failure);
        send(request, response, statusOf(failure), view);
    }

    private void answer(ServerRequest request, ServerResponse response, String section, Page page) {
        PageContext context = context(request, response, section);
        View view;
        Status status = Status.OK_200;
        try {
            view = page.render(request, context);
        } catch (RuntimeException failure) {
            status = statusOf(failure);
            view = errorView(context, failure);
        }
        send(request, response, status, view);
    }

    private void send(ServerRequest request, ServerResponse response, Status status, View view) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(view.template(), view.model(), output);
        byte[] body = output.toByteArray();
        SecurityHeaders.apply(response);
        response.status(status)
                .header(HeaderNames.CONTENT_TYPE, "text/html; charset=UTF-8")
                .header(HeaderNames.CACHE_CONTROL, "no-cache")
                .header(HeaderNames.VARY, "Accept-Encoding, Cookie");
        if (body.length >= Compression.MIN_SIZE && Compression.accepted(request)) {
            response.header(HeaderNames.CONTENT_ENCODING, "gzip");
            HeadRequests.send(request, response, Compression.gzip(body, Deflater.BEST_SPEED));
            return;
        }
        HeadRequests.send(request, response, body);
    }

    private static Status statusOf(RuntimeException failure) {
        return switch (failure) {
            case BadRequestException bad -> Status.BAD_REQUEST_400;
            case InvalidQueryException invalid -> Status.BAD_REQUEST_400;
            case NotFoundException missing -> Status.NOT_FOUND_404;
            default -> Status.INTERNAL_SERVER_ERROR_500;
        };
    }

    private static View errorView(PageContext context, RuntimeException failure) {
        Status status = statusOf(failure);
        if (status == Status.INTERNAL_SERVER_ERROR_500) {
            LOG.error("A portal page failed", failure);
            return new View("error.jte", new ErrorPage(context, 500, List.of()));
        }
        return new View("error.jte", new ErrorPage(context, status.code(),
                List.of(String.valueOf(failure.getMessage()).split("\n"))));
    }

    /** The address of this request in {@code language}: the same path and parameters, {@code lang} replaced. */
    private static String switchUrl(ServerRequest request, Language language) {
        StringBuilder url = new StringBuilder(request.path().rawPath()).append('?');
        String raw = request.query().rawValue();
        for (String pair : raw.isEmpty() ? new String[0] : raw.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith(Language.PARAMETER + "=")) {
                url.append(pair).append('&');
            }
        }
        return url.append(Language.PARAMETER).append('=').append(language.code()).toString();
    }
}
