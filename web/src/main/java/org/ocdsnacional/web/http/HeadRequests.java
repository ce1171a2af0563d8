package org.ocdsnacional.web.http;

import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * HEAD, as HTTP has it: the answer a GET would get, status and headers (its length included), without the body.
 * Link checkers, crawlers and {@code curl -I} ask pages this way.
 */
public final class HeadRequests {

    private HeadRequests() {
    }

    public static boolean isHead(ServerRequest request) {
        return request.prologue().method() == Method.HEAD;
    }

    /** Sends {@code body}, or for a HEAD request only the length it would have. */
    public static void send(ServerRequest request, ServerResponse response, byte[] body) {
        if (!isHead(request)) {
            response.send(body);
            return;
        }
        response.header(HeaderNames.CONTENT_LENGTH, String.valueOf(body.length));
        response.send();
    }
}
