package org.ocdsnacional.harvester.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters a protocol takes: each with its type, and which must be given (each required group needs at
 * least one of its parameters, e.g. {@code url} or {@code urls}).
 *
 * @param name           the protocol name used in the registry
 * @param parameters     parameter name to type, in documentation order
 * @param requiredGroups groups of parameter names of which at least one must be given
 */
record ProtocolSpec(String name, Map<String, ParameterType> parameters, List<List<String>> requiredGroups) {

    static ProtocolSpec named(String name) {
        return new ProtocolSpec(name, Map.of(), List.of());
    }

    ProtocolSpec required(String parameter, ParameterType type) {
        return optional(parameter, type).requireOneOf(parameter);
    }

    ProtocolSpec optional(String parameter, ParameterType type) {
        Map<String, ParameterType> more = new LinkedHashMap<>(parameters);
        more.put(parameter, type);
        return new ProtocolSpec(name, Collections.unmodifiableMap(more), requiredGroups);
    }

    ProtocolSpec requireOneOf(String... group) {
        List<List<String>> more = new ArrayList<>(requiredGroups);
        more.add(List.of(group));
        return new ProtocolSpec(name, parameters, List.copyOf(more));
    }
}
