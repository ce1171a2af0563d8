package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The adapters the harvester can use, by protocol name. */
public final class ProtocolAdapters {

    private final Map<String, ProtocolAdapter> byProtocol;

    private ProtocolAdapters(Map<String, ProtocolAdapter> byProtocol) {
        this.byProtocol = byProtocol;
    }

    public static ProtocolAdapters of(ProtocolAdapter... adapters) {
        Map<String, ProtocolAdapter> byProtocol = new LinkedHashMap<>();
        for (ProtocolAdapter adapter : adapters) {
            if (byProtocol.putIfAbsent(adapter.protocol(), adapter) != null) {
                throw new IllegalArgumentException("two adapters for protocol " + adapter.protocol());
            }
        }
        return new ProtocolAdapters(Map.copyOf(byProtocol));
    }

    /** One adapter per protocol of the registry; credentials from the process's environment. */
    public static ProtocolAdapters standard(ObjectMapper mapper) {
        return standard(mapper, Environment.SYSTEM, Clock.systemUTC());
    }

    /** One adapter per protocol of the registry, with credentials from {@code environment}. */
    public static ProtocolAdapters standard(ObjectMapper mapper, Environment environment, Clock clock) {
        return of(new OcdsUrlAdapter(), InaiEdcaAdapter.create(), LinksNextAdapter.create(),
                PdnS6Adapter.create(mapper, environment), OffsetWindowAdapter.create(), CkanAdapter.create(),
                LinkedRecordsAdapter.create(clock), new RfcListAdapter());
    }

    public Optional<ProtocolAdapter> find(String protocol) {
        return Optional.ofNullable(byProtocol.get(protocol));
    }

    public Set<String> protocols() {
        return byProtocol.keySet();
    }
}
