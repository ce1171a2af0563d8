package org.ocdsnacional.web.home;

import io.helidon.webserver.http.ServerRequest;
import org.ocdsnacional.web.PortalBackend;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.http.Pages.View;

/** {@code GET /}: the home page. */
public final class HomePages {

    private final PortalBackend backend;

    public HomePages(PortalBackend backend) {
        this.backend = backend;
    }

    public View render(ServerRequest request, PageContext context) {
        return new View("home.jte", new HomePage(context));
    }
}
