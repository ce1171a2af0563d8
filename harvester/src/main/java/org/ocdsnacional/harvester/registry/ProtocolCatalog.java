package org.ocdsnacional.harvester.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.ocdsnacional.harvester.registry.ParameterType.BASE_URL;
import static org.ocdsnacional.harvester.registry.ParameterType.DATE;
import static org.ocdsnacional.harvester.registry.ParameterType.INTEGER;
import static org.ocdsnacional.harvester.registry.ParameterType.TEXT;
import static org.ocdsnacional.harvester.registry.ParameterType.URL;
import static org.ocdsnacional.harvester.registry.ParameterType.URLS;
import static org.ocdsnacional.harvester.registry.ParameterType.YEARS;

/**
 * Every protocol the registry may name, with its parameters (see {@code shared/docs/SOURCES.md}). A protocol can
 * be declared here before an adapter speaks it: sources using it load, and their runs fail with "no adapter yet".
 */
public final class ProtocolCatalog {

    private static final Map<String, ProtocolSpec> SPECS = Collections.unmodifiableMap(Stream.of(
            ProtocolSpec.named("ocds-url").optional("url", URL).optional("urls", URLS).requireOneOf("url", "urls"),
            ProtocolSpec.named("inai-edca").required("baseUrl", BASE_URL).optional("years", YEARS),
            ProtocolSpec.named("pdn-s6").required("baseUrl", BASE_URL).required("supplier_id", TEXT)
                    .optional("pageSize", INTEGER),
            ProtocolSpec.named("ckan").required("baseUrl", BASE_URL).required("dataset", TEXT),
            ProtocolSpec.named("linked-records").required("url", URL).optional("fromYear", INTEGER),
            ProtocolSpec.named("offset-window").required("url", BASE_URL).required("from", DATE)
                    .required("until", DATE).optional("limit", INTEGER),
            ProtocolSpec.named("links-next").required("url", URL)
    ).collect(Collectors.toMap(ProtocolSpec::name, Function.identity(), (a, b) -> a, LinkedHashMap::new)));

    private ProtocolCatalog() {
    }

    /** The protocol names the registry accepts, in documentation order. */
    public static Set<String> names() {
        return SPECS.keySet();
    }

    static Optional<ProtocolSpec> find(String name) {
        return Optional.ofNullable(SPECS.get(name));
    }
}
