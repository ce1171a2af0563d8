package org.ocdsnacional.web.home;

import org.ocdsnacional.web.http.PageContext;

/** What the home page shows. */
public record HomePage(PageContext ctx) {
}
