package org.ocdsnacional.generator.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.generator.Packages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The route of each protocol a generated source can speak. */
final class Protocols {

    /** Every protocol name the harvester's registry knows, in its documentation order. */
    static final List<String> NAMES = List.of("ocds-url", "inai-edca", "pdn-s6", "ckan", "linked-records",
            "offset-window", "links-next", "rfc-list");

    private final Map<String, Route> routes;

    private Protocols(Map<String, Route> routes) {
        this.routes = routes;
    }

    static Protocols create(ObjectMapper mapper) {
        Packages packages = Packages.create(mapper);
        Map<String, Route> routes = new LinkedHashMap<>();
        routes.put("ocds-url", new OcdsUrlRoute(mapper));
        routes.put("inai-edca", new InaiEdcaRoute(packages));
        routes.put("pdn-s6", new PdnS6Route(mapper, packages));
        routes.put("ckan", new CkanRoute(packages));
        routes.put("linked-records", new LinkedRecordsRoute(mapper, packages));
        routes.put("offset-window", new OffsetWindowRoute(packages));
        routes.put("links-next", new LinksNextRoute(packages));
        routes.put("rfc-list", new RfcListRoute());
        return new Protocols(Map.copyOf(routes));
    }

    Route route(String protocol) {
        return routes.get(protocol);
    }
}
