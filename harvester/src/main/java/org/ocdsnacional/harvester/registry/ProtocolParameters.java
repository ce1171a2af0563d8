package org.ocdsnacional.harvester.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol parameters of a source, as the registry gives them: each is a text or a list of texts (a single
 * text is kept as a list of one). The loader has checked them against the protocol, so adapters read them with
 * the typed accessors below.
 *
 * @param values parameter name to its values, in registry order
 */
public record ProtocolParameters(Map<String, List<String>> values) {

    /** By convention every protocol names its entry point with one of these parameters. */
    private static final List<String> ENTRY_POINT_KEYS = List.of("baseUrl", "url", "urls");

    public ProtocolParameters {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        values = Collections.unmodifiableMap(copy);
    }

    public static ProtocolParameters of(Map<String, List<String>> values) {
        return new ProtocolParameters(values);
    }

    /** The single value of a parameter that must be there. */
    public String string(String name) {
        return optionalString(name).orElseThrow(
                () -> new IllegalArgumentException("missing protocol parameter \"" + name + "\""));
    }

    /** The single value of a parameter, if given. */
    public Optional<String> optionalString(String name) {
        return strings(name).stream().findFirst();
    }

    /** All values of a parameter; empty when not given. */
    public List<String> strings(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** All values of a parameter as integers (the loader checked they are). */
    public List<Integer> integers(String name) {
        return strings(name).stream().map(Integer::valueOf).toList();
    }

    /** Whether a {@code true}/{@code false} parameter is given as {@code true}. */
    public boolean flag(String name) {
        return optionalString(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** The single value of a whole-number parameter, or {@code fallback} when not given. */
    public int integer(String name, int fallback) {
        return optionalString(name).map(Integer::parseInt).orElse(fallback);
    }

    /** Where harvesting starts ({@code baseUrl}, {@code url} or the first of {@code urls}), for messages. */
    public Optional<String> entryPoint() {
        return ENTRY_POINT_KEYS.stream().flatMap(key -> strings(key).stream()).findFirst();
    }
}
