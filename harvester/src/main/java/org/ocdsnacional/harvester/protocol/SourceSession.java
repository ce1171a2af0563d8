package org.ocdsnacional.harvester.protocol;

import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.ocds.normalise.ReleaseNormaliser;
import org.ocdsnacional.ocds.read.JsonScan;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What an adapter may do during one run of one source. Every request goes through the source's HTTP policy and is
 * counted; every failure is counted and recorded in the run (URL, status, reason) before the adapter sees an empty
 * result, so an adapter only decides whether to go on. A 401 or 403 ends the run at once (credentials or
 * permission are wrong, and asking again will not help), as does a 404 or 410 on an entry point.
 */
public interface SourceSession {

    /** The body of {@code request}; empty when it failed (already counted and recorded). */
    Optional<Fetched> fetch(FetchRequest request);

    /** The body at {@code url}; empty when it failed. */
    default Optional<Fetched> fetch(URI url) {
        return fetch(FetchRequest.get(url));
    }

    /** Like {@link #fetch(FetchRequest)}, for the request a protocol starts from: a 404 or 410 ends the run. */
    Optional<Fetched> fetchEntryPoint(FetchRequest request);

    /** Like {@link #fetch(URI)}, but HTTP 404 and 410 mean "nothing there": empty, and not a failure. */
    Optional<Fetched> fetchIfPresent(URI url);

    /**
     * A document of releases, asked conditionally with what was stored of it last time, and handed to
     * {@code reader} (closed when it returns) unless it failed, the server says it was not modified, or its bytes are
     * the same as last time: then its releases count as seen without being read, and, should the run read releases
     * elsewhere (so that it stores its own validation report), it is fetched again at the end of the run and handed
     * to {@code reader} for the report to cover it. Reading it in full with {@link #read} remembers it for the next
     * run once this run has ended and its report is stored.
     */
    void readDocument(URI url, Consumer<Fetched> reader);

    /** Like {@link #readDocument}, but HTTP 404 and 410 mean "nothing there": not a failure. */
    void readDocumentIfPresent(URI url, Consumer<Fetched> reader);

    /** Reads a fetched document as OCDS: its releases are normalised, compared, validated and handed over. */
    void read(Fetched document, ReleaseNormaliser normaliser);

    /** Reads a fetched document as OCDS, as published. */
    default void read(Fetched document) {
        read(document, ReleaseNormaliser.NONE);
    }

    /**
     * Reads the releases of an API page that wraps them in an object ({@code {"pagination":…,"data":[…]}}): the
     * page is read as a document (so opened and decoded as documents are, with the same warnings and errors), its
     * array under {@code arrayKey} as releases; the rest of the object and the array's length are returned for the
     * adapter's paging. Empty when the page is not JSON, or not a JSON object (recorded as a failed document).
     *
     * @param arrayKey a key the ocds reader reads as a wrapper of releases ({@code data}, {@code results})
     */
    Optional<Page> readPage(Fetched page, String arrayKey, ReleaseNormaliser normaliser);

    /**
     * What {@code scan} finds in a body the protocol walks by (a list of years, a count, a CKAN dataset, a token,
     * record packages for their links), opened and decoded as documents are: GZIP or ZIP whatever the headers say,
     * UTF-16 and UTF-32, Latin-1 (Windows-1252) with a warning in the run's report. Empty when it is not JSON,
     * recorded as a failed document with the byte offset.
     */
    <T> Optional<T> parse(Fetched body, JsonScan<T> scan);

    /**
     * Like {@link #parse}, but a body that cannot be read is not recorded: for a look into a body that is also read
     * as OCDS, which reports what is wrong with it.
     */
    <T> Optional<T> peek(Fetched body, JsonScan<T> scan);

    /** Records a fetched document that the protocol cannot use, and why (Spanish / English). */
    void unusable(Fetched document, String reason);

    /** Records a problem of the protocol that is not tied to one document (e.g. a page loop). */
    void problem(String url, String reason);
}
