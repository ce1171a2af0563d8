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
import static org.ocdsnacional.harvester.registry.ParameterType.BOOLEAN;
import static org.ocdsnacional.harvester.registry.ParameterType.DATE;
import static org.ocdsnacional.harvester.registry.ParameterType.ENV_NAME;
import static org.ocdsnacional.harvester.registry.ParameterType.INTEGER;
import static org.ocdsnacional.harvester.registry.ParameterType.TEXT;
import static org.ocdsnacional.harvester.registry.ParameterType.TEXTS;
import static org.ocdsnacional.harvester.registry.ParameterType.URL;
import static org.ocdsnacional.harvester.registry.ParameterType.URLS;
import static org.ocdsnacional.harvester.registry.ParameterType.YEARS;
import static org.ocdsnacional.harvester.registry.ParameterType.oneOf;

/**
 * Every protocol the registry may name, with its parameters (see {@code shared/docs/SOURCES.md} and the header of
 * {@code registry.yaml}). Each has one adapter in {@code org.ocdsnacional.harvester.protocol}.
 */
public final class ProtocolCatalog {

    private static final Map<String, ProtocolSpec> SPECS = Collections.unmodifiableMap(Stream.of(
            ProtocolSpec.named("ocds-url").optional("url", URL).optional("urls", URLS).requireOneOf("url", "urls"),
            ProtocolSpec.named("inai-edca").required("baseUrl", BASE_URL).optional("years", YEARS)
                    .optional("recordPackages", BOOLEAN),
            ProtocolSpec.named("pdn-s6").required("baseUrl", BASE_URL).optional("supplier_id", TEXT)
                    .optional("pageSize", INTEGER).optional("api", oneOf("search", "records"))
                    .optional("auth", oneOf("none", "bearer", "oauth2-password")).optional("tokenEnv", ENV_NAME)
                    .optional("tokenUrl", URL).optional("usernameEnv", ENV_NAME).optional("passwordEnv", ENV_NAME)
                    .optional("clientIdEnv", ENV_NAME).optional("clientSecretEnv", ENV_NAME),
            ProtocolSpec.named("ckan").required("baseUrl", BASE_URL).required("dataset", TEXT)
                    .optional("formats", TEXTS).optional("modifiedSince", DATE),
            ProtocolSpec.named("linked-records").required("url", URL).optional("fromYear", INTEGER)
                    .optional("untilYear", INTEGER),
            ProtocolSpec.named("offset-window").required("url", BASE_URL).required("from", DATE)
                    .required("until", DATE).optional("limit", INTEGER).optional("maxResults", INTEGER),
            ProtocolSpec.named("links-next").required("url", URL).optional("maxPages", INTEGER),
            ProtocolSpec.named("rfc-list").required("url", URL).optional("list", TEXT).optional("rfcColumn", TEXT)
                    .optional("nameColumn", TEXT).optional("statusColumn", TEXT).optional("status", TEXT)
                    .optional("dateColumn", TEXT).optional("date", DATE).optional("dateFormat", TEXT)
                    .optional("delimiter", oneOf(",", ";", "|", "tab"))
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
