package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.harvester.registry.ProtocolCatalog;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolAdaptersTest {

    @Test
    void everyProtocolTheRegistryDeclaresHasItsAdapter() {
        ProtocolAdapters adapters = ProtocolAdapters.standard(new ObjectMapper());
        assertEquals(ProtocolCatalog.names(), adapters.protocols());
        assertTrue(adapters.find("gopher").isEmpty());
    }

    @Test
    void refusesTwoAdaptersForOneProtocol() {
        assertThrows(IllegalArgumentException.class,
                () -> ProtocolAdapters.of(new OcdsUrlAdapter(), new OcdsUrlAdapter()));
    }
}
