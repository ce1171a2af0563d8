package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.harvester.registry.ProtocolCatalog;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolAdaptersTest {

    @Test
    void everyAdapterSpeaksAProtocolTheRegistryDeclares() {
        ProtocolAdapters adapters = ProtocolAdapters.standard(new ObjectMapper());
        assertEquals(Set.of("ocds-url", "inai-edca"), adapters.protocols());
        assertTrue(ProtocolCatalog.names().containsAll(adapters.protocols()));
        assertTrue(adapters.find("pdn-s6").isEmpty());
    }

    @Test
    void refusesTwoAdaptersForOneProtocol() {
        assertThrows(IllegalArgumentException.class,
                () -> ProtocolAdapters.of(new OcdsUrlAdapter(), new OcdsUrlAdapter()));
    }
}
