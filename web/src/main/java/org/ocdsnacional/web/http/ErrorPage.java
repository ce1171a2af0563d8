package org.ocdsnacional.web.http;

import java.util.List;

/**
 * A page that says what went wrong: 400 (what was wrong with the address), 404 (what does not exist), 500.
 *
 * @param ctx      the page context
 * @param status   the HTTP status
 * @param problems what was wrong, as the checks said it (Spanish / English); none for a 500
 */
public record ErrorPage(PageContext ctx, int status, List<String> problems) {

    public ErrorPage {
        problems = List.copyOf(problems);
    }
}
