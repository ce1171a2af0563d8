/**
 * Fetching under one HTTP policy per source, over OkHttp: connect, read and whole-request timeouts; retries with
 * exponential backoff and jitter on 5xx, 429 (honouring {@code Retry-After}) and I/O errors; one request at a time
 * per host with a pause between requests; a cap on the body; gzip; conditional requests with stored
 * {@code ETag}/{@code Last-Modified}; redirects followed by hand, bounded, never in a loop and never to a loopback
 * or private address the source did not allow. Bodies are streamed to temporary files and hashed, never held in
 * memory; {@code file:} URLs are read in place. Failures are {@link
 * org.ocdsnacional.harvester.http.FetchException}s with the URL, the status when there was one, and a reason in
 * Spanish and English. Nothing of a credential reaches a run's error or a log: the error body of a request that
 * carried credentials (an {@code Authorization} header, a token request) is never read, and every reason, detail and
 * URL is {@link org.ocdsnacional.harvester.http.Redaction redacted}.
 */
package org.ocdsnacional.harvester.http;
