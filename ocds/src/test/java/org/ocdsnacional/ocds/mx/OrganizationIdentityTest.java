package org.ocdsnacional.ocds.mx;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganizationIdentityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MX-RFC-PNA010101AB1|PNA010101AB1",
            "pna-010101-ab1|PNA010101AB1",
            "GOMJ800101H23|GOMJ800101H23",
            "ÑAND010101AB1|ÑAND010101AB1",
    })
    void rfcsAreNormalised(String published, String canonical) {
        assertEquals(Optional.of(canonical), Rfc.normalise(published));
    }

    @ParameterizedTest
    @CsvSource({"20147", "PNA011301AB1", "ABC", "MK-009KDH999"})
    void nonRfcsAreRejected(String text) {
        assertEquals(Optional.empty(), Rfc.normalise(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Proveedora Ñandú, S.A. de C.V.|proveedora nandu",
            "PROVEEDORA NANDU SA DE CV|proveedora nandu",
            "Constructora del Bajío, S. de R.L. de C.V.|constructora del bajio",
            "Fundación Esperanza A.C.|fundacion esperanza",
            "Servicios Integrales SAPI de CV|servicios integrales",
            "SECRETARíA DE PLANEACIóN|secretaria de planeacion",
    })
    void namesLoseAccentsCasePunctuationAndLegalForms(String published, String normalised) {
        assertEquals(normalised, OrganizationName.normalise(published));
    }

    @Test
    void anRfcInAnyIdentifierWinsOverTheName() throws Exception {
        var party = MAPPER.readTree("{\"id\":\"p1\",\"name\":\"Proveedora Ñandú SA de CV\","
                + "\"additionalIdentifiers\":[{\"scheme\":\"MX-RFC\",\"id\":\"PNA-010101-AB1\"}]}");
        OrganizationIdentity identity = OrganizationIdentity.of(party).orElseThrow();
        assertEquals("MX-RFC-PNA010101AB1", identity.id());
        assertEquals("rfc", identity.evidence());
    }

    @Test
    void withoutAnRfcTheNormalisedNameIsTheIdentity() throws Exception {
        var party = MAPPER.readTree("{\"id\":\"SSA-01\",\"name\":\"Secretaría de Salud\"}");
        assertEquals("nombre:secretaria de salud", OrganizationIdentity.of(party).orElseThrow().id());
    }

    @Test
    void idsAreResolvedFromAnRfcInAnySpellingAndRfcsReadBackFromIds() {
        assertEquals("MX-RFC-PNA010101AB1", OrganizationIdentity.idOf("pna 010101 ab1"));
        assertEquals("nombre:secretaria de salud", OrganizationIdentity.idOf("nombre:secretaria de salud"));
        assertEquals(Optional.of("PNA010101AB1"), OrganizationIdentity.rfcOf("MX-RFC-PNA010101AB1"));
        assertEquals(Optional.empty(), OrganizationIdentity.rfcOf("nombre:secretaria de salud"));
    }
}
