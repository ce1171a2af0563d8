package org.ocdsnacional.harvester.http;

import org.ocdsnacional.harvester.registry.HttpOptions;

import java.net.URI;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a fetcher needs to know about the source it fetches for.
 *
 * @param options            the source's HTTP options
 * @param trustedFiles       the {@code file:} URLs written in the registry: the only local files a source may read
 *                           (a publisher's links can never make the harvester read this machine's files)
 * @param trustedAuthorities {@code host:port} of the URLs written in the registry: always reachable, even when
 *                           they are loopback or private addresses
 * @param observer           hears the outcome of every attempt
 */
public record FetchContext(HttpOptions options, Set<String> trustedAuthorities, Set<URI> trustedFiles,
                           FetchObserver observer) {

    public FetchContext {
        trustedAuthorities = Set.copyOf(trustedAuthorities);
        trustedFiles = Set.copyOf(trustedFiles);
    }

    /** A context that reads no local file. */
    public FetchContext(HttpOptions options, Set<String> trustedAuthorities, FetchObserver observer) {
        this(options, trustedAuthorities, Set.of(), observer);
    }

    /**
     * The context of a source whose registry entry holds {@code registryValues}: every one that is an http(s) URL
     * (placeholders such as {@code {year}} allowed) makes its host trusted.
     */
    public static FetchContext forSource(HttpOptions options, Collection<String> registryValues,
                                         FetchObserver observer) {
        Set<String> trusted = registryValues.stream()
                .map(value -> value.replaceAll("\\{[A-Za-z]+}", "0"))
                .filter(value -> value.matches("(?i)https?://.+"))
                .flatMap(value -> uri(value).stream())
                .filter(uri -> uri.getHost() != null)
                .map(AddressPolicy::authority)
                .collect(Collectors.toSet());
        Set<URI> files = registryValues.stream()
                .filter(value -> value.startsWith("file:"))
                .flatMap(value -> uri(value).stream())
                .map(URI::normalize)
                .collect(Collectors.toSet());
        return new FetchContext(options, trusted, files, observer);
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A context with nothing trusted beyond what the options allow, and no observer. */
    public static FetchContext of(HttpOptions options) {
        return new FetchContext(options, Set.of(), FetchObserver.NONE);
    }
}
