package org.ocdsnacional.ocds.mx;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrganizationIdentityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every spelling of an RFC that publishers use, and the one RFC it stands for. */
    @ParameterizedTest(name = "«{0}» is {1}")
    @CsvSource(delimiter = '|', value = {
            "AAA010101AA1|AAA010101AA1",
            "aaa010101aa1|AAA010101AA1",
            "MX-RFC-AAA010101AA1|AAA010101AA1",
            "mx-rfc-aaa010101aa1|AAA010101AA1",
            "MX_RFC_AAA010101AA1|AAA010101AA1",
            "MX RFC AAA010101AA1|AAA010101AA1",
            "RFC-AAA010101AA1|AAA010101AA1",
            "rfc-aaa010101aa1|AAA010101AA1",
            "RFC AAA010101AA1|AAA010101AA1",
            "RFC: AAA010101AA1|AAA010101AA1",
            "R.F.C. AAA-010101-AA1|AAA010101AA1",
            "AAA-010101-AA1|AAA010101AA1",
            "AAA 010101 AA1|AAA010101AA1",
            "' AAA 010101 AA1 '|AAA010101AA1",
            "AAA.010101.AA1|AAA010101AA1",
            "AAA\u00a0010101\u00a0AA1|AAA010101AA1",
            "AAA\u2013010101\u2013AA1|AAA010101AA1",
            "MX-RFC-PNA010101AB1|PNA010101AB1",
            "pna-010101-ab1|PNA010101AB1",
            "GOMJ800101H23|GOMJ800101H23",
            "RFC-GOMJ800101H23|GOMJ800101H23",
            "gomj 800101 h23|GOMJ800101H23",
            "ÑAND010101AB1|ÑAND010101AB1",
            "ñand-010101-ab1|ÑAND010101AB1",
            "A&A010101AA1|A&A010101AA1",
            "RFC010101AB1|RFC010101AB1",
            "RFC-RFC010101AB1|RFC010101AB1",
    })
    void rfcsAreNormalised(String published, String canonical) {
        assertEquals(Optional.of(canonical), Rfc.normalise(published));
    }

    @ParameterizedTest
    @CsvSource({"20147", "PNA011301AB1", "ABC", "MK-009KDH999", "RFC", "MX-RFC-", "RFC-AAA010101", "XRFCAAA010101AA1",
            "AAA010101AA12"})
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

    /** One company whose ids publishers spell in different ways is one organization, never one per spelling. */
    @ParameterizedTest
    @CsvSource({"MX-RFC-AAA010101AA1", "AAA010101AA1", "RFC-AAA010101AA1", "aaa010101aa1", "AAA-010101-AA1",
            "AAA 010101 AA1"})
    void everySpellingOfAnIdResolvesToTheSameOrganization(String id) throws Exception {
        var party = MAPPER.createObjectNode().put("id", id).put("name", "Abarrotes Azteca " + id);
        OrganizationIdentity identity = OrganizationIdentity.of(party).orElseThrow();
        assertEquals("MX-RFC-AAA010101AA1", identity.id());
        assertEquals("rfc", identity.evidence());
        assertEquals("MX-RFC-AAA010101AA1", OrganizationIdentity.idOf(id));
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
