package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Eight processes whose every count and sum the API tests know by heart: four sources in three states and three
 * levels, every procurement method, awards in MXN and USD, one supplier spelled four ways (with one RFC written
 * differently each time), a process dated on New Year's Eve in Mexico City (already 2024 in UTC).
 */
final class KnownProcesses {

    static final List<SourceDescriptor> SOURCES = List.of(
            source("jal", "MX-JAL", "state"), source("gdl", "MX-JAL", "municipal"),
            source("fed", "federal", "federal"), source("cmx", "MX-CMX", "state"));

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private KnownProcesses() {
    }

    static List<HarvestedRelease> releases() {
        List<HarvestedRelease> releases = new ArrayList<>();
        releases.add(process("jal", "ocds-test01-P1", "Compra de medicamentos oncológicos", "open", "goods", 3,
                "Secretaría de Salud Jalisco", null, "2023-05-10T12:00:00Z", "active",
                award("1000000.00", "MXN", supplier("Farmacéutica Azteca, S.A. de C.V.", "FAZ-010101-AB1"))));
        releases.add(process("jal", "ocds-test01-P2", "Adquisición de medicamento", "direct", "goods", 1,
                "Secretaría de Salud Jalisco", null, "2023-11-20T12:00:00Z", "active",
                award("250000.50", "MXN", supplier("FARMACEUTICA AZTECA SA DE CV", "MX-RFC-FAZ010101AB1"))));
        releases.add(process("gdl", "ocds-test01-P3", "Pavimentación de calles", "open", "works", 1,
                "Municipio de Guadalajara", null, "2024-01-01T03:00:00Z", "active",
                award("5000000", "MXN", supplier("Constructora del Bajío S. de R.L. de C.V.", "CBA020202XY9"))));
        releases.add(process("fed", "ocds-test01-P4", "Servicios de consultoría", "selective", "services", 4,
                "Secretaría de Hacienda y Crédito Público", "SHC850101AB1", "2024-03-15T12:00:00Z", "active",
                award("100000", "USD", supplier("Consultores Unidos A.C.", null))));
        releases.add(process("fed", "ocds-test01-P5", "Servicio de mantenimiento", "direct", "services", null,
                "Secretaría de Hacienda y Crédito Público", "SHC850101AB1", "2024-06-30T12:00:00Z", "active",
                award("300000", "MXN", supplier("Farmacéutica Azteca", "faz010101ab1"))));
        releases.add(process("cmx", "ocds-test01-P6", "Medicamentos genéricos", "open", "goods", 2,
                "Secretaría de Salud de la Ciudad de México", null, "2024-07-01T12:00:00Z", "active",
                award("2000000", "MXN", supplier("Farmacéutica Azteca", "FAZ010101AB1"),
                        supplier("Distribuidora Ñandú SA", "DNA030303QQ1"))));
        releases.add(process("cmx", "ocds-test01-P7", "Uniformes escolares", "open", "goods", 5,
                "Secretaría de Salud de la Ciudad de México", null, "2022-02-02T12:00:00Z", "cancelled",
                award("999", "MXN", supplier("Textiles del Norte", null)).put("status", "cancelled")));
        releases.add(process("jal", "ocds-test01-P8", "Mobiliario de oficina", "limited", "goods", null,
                "Secretaría de Salud Jalisco", null, "2021-01-15T12:00:00Z", "planning"));
        return releases;
    }

    private static HarvestedRelease process(String source, String ocid, String title, String method, String category,
                                            Integer tenderers, String buyer, String buyerRfc, String date,
                                            String tenderStatus, ObjectNode... awards) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("ocid", ocid).put("id", ocid + "-r1").put("date", date).put("language", "es");
        json.putArray("tag").add(awards.length > 0 ? "award" : "tender");
        ObjectNode buyerRef = json.putObject("buyer").put("id", "buyer").put("name", buyer);
        ArrayNode parties = json.putArray("parties");
        ObjectNode buyerParty = parties.addObject().put("id", "buyer").put("name", buyer);
        buyerParty.putArray("roles").add("buyer");
        if (buyerRfc != null) {
            buyerParty.putObject("identifier").put("scheme", "MX-RFC").put("id", buyerRfc);
        }
        ObjectNode tender = json.putObject("tender").put("id", "t").put("title", title).put("status", tenderStatus)
                .put("procurementMethod", method).put("mainProcurementCategory", category);
        if (tenderers != null) {
            tender.put("numberOfTenderers", tenderers);
        }
        ArrayNode list = json.putArray("awards");
        for (ObjectNode award : awards) {
            award.put("date", date);
            list.add(award);
        }
        return new HarvestedRelease(source, "run-1", new Release(json), PackageMetadata.NONE, ContentHash.of(json),
                List.of());
    }

    private static ObjectNode award(String amount, String currency, ObjectNode... suppliers) {
        ObjectNode award = MAPPER.createObjectNode().put("id", "a1").put("status", "active");
        award.putObject("value").put("amount", new BigDecimal(amount)).put("currency", currency);
        ArrayNode list = award.putArray("suppliers");
        for (ObjectNode supplier : suppliers) {
            list.add(supplier);
        }
        return award;
    }

    private static ObjectNode supplier(String name, String rfc) {
        ObjectNode supplier = MAPPER.createObjectNode().put("name", name);
        if (rfc != null) {
            supplier.put("id", rfc);
        }
        return supplier;
    }

    private static SourceDescriptor source(String id, String state, String level) {
        return new SourceDescriptor(id, "Fuente " + id, state, level, "state-platform", "active", "ocds-url",
                "0 0 3 * * ?");
    }
}
