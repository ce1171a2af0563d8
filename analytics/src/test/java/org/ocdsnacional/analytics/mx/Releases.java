package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.Json;

/** Hand-built compiled releases for the Mexican flags' tests, written as JSON with single quotes. */
final class Releases {

    private static final ObjectMapper MAPPER = Json.mapper();

    private Releases() {
    }

    static JsonNode json(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A direct award of one process: buyer, one supplier (with its RFC in parties), date and amount in MXN. */
    static JsonNode directAward(String ocid, String buyerRfc, String supplierRfc, String date, String amount) {
        return json("""
                {'ocid': '%s', 'buyer': {'id': 'B', 'name': 'Comprador'},
                 'parties': [{'id': 'B', 'name': 'Comprador', 'identifier': {'scheme': 'MX-RFC', 'id': '%s'}},
                             {'id': 'S', 'name': 'Proveedor', 'identifier': {'scheme': 'MX-RFC', 'id': '%s'}}],
                 'tender': {'procurementMethod': 'direct', 'procurementMethodDetails': 'Adjudicación directa'},
                 'awards': [{'id': 'A1', 'status': 'active', 'date': '%sT12:00:00-06:00',
                             'suppliers': [{'id': 'S', 'name': 'Proveedor'}],
                             'value': {'amount': %s, 'currency': 'MXN'}}]}
                """.formatted(ocid, buyerRfc, supplierRfc, date, amount));
    }
}
