package org.ocdsnacional.web.http;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

/**
 * The headers every portal page carries: a Content Security Policy that allows only the portal's own script,
 * stylesheet and images (no inline script or style, nothing from another host), and the usual hardening.
 */
public final class SecurityHeaders {

    /** The policy: everything from this host only, nothing inline, no frames, no plugins. */
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName REFERRER = HeaderNames.create("Referrer-Policy");
    private static final HeaderName PERMISSIONS = HeaderNames.create("Permissions-Policy");

    private SecurityHeaders() {
    }

    public static void apply(ServerResponse response) {
        response.header(CSP, POLICY)
                .header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff")
                .header(REFERRER, "same-origin")
                .header(PERMISSIONS, "camera=(), microphone=(), geolocation=()");
    }
}
