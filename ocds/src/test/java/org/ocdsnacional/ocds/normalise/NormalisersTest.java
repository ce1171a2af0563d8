package org.ocdsnacional.ocds.normalise;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.ocds.model.Release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class NormalisersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void mapsVersion3KeysOfTheInaiToolBackToOcdsAndKeepsTheRest() throws Exception {
        ObjectNode published = (ObjectNode) MAPPER.readTree("""
                {"ocid":"ocds-g4facg-1","id":"1","stage":"award",
                 "parties":[{"id":"p1","address":{"address_streetaddress":"Av. Juárez","address_outdoornumber":"12",
                   "address_postalcode":"44100","address_countryname":"México"}}],
                 "tender":{"procedurecharacter":"Nacional","items":[{"id":"i1","unit":{"unit_name":"Pieza",
                   "value":{"unit_value_amount":10.5,"unit_value_currency":"MXN"}}}]},
                 "contracts":[{"id":"c1","exchangerate_amount":1,"items":[{"unit":{"unit_name":"Caja"}}]}]}""");
        Release normalised = new EdcaV3Normaliser().normalise(new Release(published));
        assertEquals(MAPPER.readTree("""
                {"ocid":"ocds-g4facg-1","id":"1","stage":"award",
                 "parties":[{"id":"p1","address":{"address_outdoornumber":"12","streetAddress":"Av. Juárez",
                   "postalCode":"44100","countryName":"México"}}],
                 "tender":{"procedurecharacter":"Nacional","items":[{"id":"i1","unit":{"value":{"amount":10.5,
                   "currency":"MXN"},"name":"Pieza"}}]},
                 "contracts":[{"id":"c1","exchangerate_amount":1,"items":[{"unit":{"name":"Caja"}}]}]}"""),
                normalised.json());
        assertEquals("Pieza", published.at("/tender/items/0/unit/unit_name").asText(), "the original is not changed");
    }

    @Test
    void leavesEarlierVersionsAndListTagsAlone() throws Exception {
        Release v2 = new Release((ObjectNode) MAPPER.readTree(
                "{\"ocid\":\"o\",\"tag\":[\"tender\"],\"parties\":[{\"address\":{\"streetAddress\":\"Calle 5\"}}]}"));
        assertSame(v2, new EdcaV3Normaliser().normalise(v2));
        assertSame(v2, new TagAsList().normalise(v2));
    }

    @Test
    void makesAStringTagAList() throws Exception {
        Release qqw = new Release((ObjectNode) MAPPER.readTree("{\"ocid\":\"o\",\"tag\":\"contractTermination\"}"));
        assertEquals(MAPPER.readTree("[\"contractTermination\"]"), new TagAsList().normalise(qqw).json().get("tag"));
    }
}
