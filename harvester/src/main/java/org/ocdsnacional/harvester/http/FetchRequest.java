package org.ocdsnacional.harvester.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to make: method, URL, extra headers, an optional body, and the validators of the copy we hold
 * (a conditional request when there are any).
 *
 * @param method      {@code GET} or {@code POST}
 * @param url         where to
 * @param headers     headers besides {@code User-Agent} and {@code Accept}, e.g. {@code Authorization}
 * @param body        the body of a POST
 * @param conditional validators of the copy held; empty for an unconditional request
 */
public record FetchRequest(String method, URI url, Map<String, String> headers, Optional<Payload> body,
                           CacheValidators conditional) {

    public FetchRequest {
        Objects.requireNonNull(url, "url");
        headers = Map.copyOf(headers);
    }

    public static FetchRequest get(URI url) {
        return new FetchRequest("GET", url, Map.of(), Optional.empty(), CacheValidators.NONE);
    }

    public static FetchRequest post(URI url, Payload body) {
        return new FetchRequest("POST", url, Map.of(), Optional.of(body), CacheValidators.NONE);
    }

    /**
     * Whether the request carries credentials (an {@code Authorization}, cookie or API-key header, or a token
     * request's form): what answers it is then nobody's to read but the harvester, never stored in a run nor logged.
     */
    public boolean authenticated() {
        return headers.keySet().stream().anyMatch(Redaction::isSecretName)
                || body.filter(Payload::credentials).isPresent();
    }

    /** This request with one more header. */
    public FetchRequest withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new FetchRequest(method, url, more, body, conditional);
    }

    /** This request, asked only if the copy with these validators changed. */
    public FetchRequest ifChangedSince(CacheValidators validators) {
        return new FetchRequest(method, url, headers, body, validators);
    }

    /** The same request sent to another URL (a redirect); a 303 turns it into a GET without body. */
    FetchRequest redirectedTo(URI target, boolean asGet) {
        Map<String, String> kept = new LinkedHashMap<>(headers);
        if (!Objects.equals(target.getAuthority(), url.getAuthority())) {
            kept.remove("Authorization");
        }
        return asGet ? new FetchRequest("GET", target, kept, Optional.empty(), conditional)
                : new FetchRequest(method, target, kept, body, conditional);
    }
}
