package org.ocdsnacional.web.publishers;

import org.ocdsnacional.web.http.PageContext;

import java.util.List;

/** What {@code /publicadores} shows: every registered source. */
public record PublishersPage(PageContext ctx, List<SourceRow> sources, String active, String harvested) {
}
