/**
 * Fetching: one HTTP policy over OkHttp (timeouts, user agent, size cap per source) that streams each response
 * body to a temporary file, and reads {@code file:} URLs in place. Failures are {@link
 * org.ocdsnacional.harvester.http.FetchException}s with the URL, the status when there was one, and a reason in
 * Spanish and English. Retries and politeness delays are later decorators of {@link
 * org.ocdsnacional.harvester.http.Fetcher}.
 */
package org.ocdsnacional.harvester.http;
