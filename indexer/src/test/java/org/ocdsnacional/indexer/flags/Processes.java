package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.ContentHash;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.pipeline.HarvestedRelease;

import java.math.BigDecimal;
import java.util.List;

/** Releases of hand-built Mexican processes that raise (or do not raise) given flags. */
final class Processes {

    static final ObjectMapper MAPPER = Json.mapper();
    static final String BUYER = "SSA010101AB1";

    private Processes() {
    }

    /** An award release of {@code ocid}, published on {@code date}, to one supplier. */
    static ObjectNode award(String ocid, String date, String method, String supplierRfc, String amount) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("ocid", ocid).put("id", ocid + "-" + date).put("date", date + "T12:00:00-06:00");
        json.putArray("tag").add("award");
        ArrayNode parties = json.putArray("parties");
        party(parties, "B1", BUYER, "Secretaría de Salud", "buyer");
        party(parties, "S1", supplierRfc, "Proveedor " + supplierRfc, "supplier");
        json.putObject("buyer").put("id", "B1").put("name", "Secretaría de Salud");
        json.putObject("tender").put("id", "t1").put("title", "Compra " + ocid).put("procurementMethod", method);
        ObjectNode award = json.putArray("awards").addObject().put("id", "a1").put("status", "active")
                .put("date", date + "T12:00:00-06:00");
        award.putObject("value").put("amount", new BigDecimal(amount)).put("currency", "MXN");
        award.putArray("suppliers").addObject().put("id", "S1").put("name", "Proveedor " + supplierRfc);
        return json;
    }

    /** Adds to {@code json} (an {@link #award}) an award of {@code amount} on its date to another supplier. */
    static ObjectNode otherAward(ObjectNode json, String id, String supplierRfc, String amount) {
        String party = "S-" + id;
        party((ArrayNode) json.path("parties"), party, supplierRfc, "Proveedor " + supplierRfc, "supplier");
        ObjectNode award = ((ArrayNode) json.path("awards")).addObject().put("id", id).put("status", "active")
                .put("date", json.path("awards").path(0).path("date").asText());
        award.putObject("value").put("amount", new BigDecimal(amount)).put("currency", "MXN");
        award.putArray("suppliers").addObject().put("id", party).put("name", "Proveedor " + supplierRfc);
        return json;
    }

    /**
     * An open tender won by {@code winner} with a valid bid of {@code winning}, against {@code loser}'s of
     * {@code losing}: its bid ratio is {@code (losing - winning) / winning}.
     */
    static ObjectNode bids(String ocid, String winner, double winning, String loser, double losing) {
        ObjectNode json = award(ocid, "2024-03-01", "open", winner, Double.toString(winning));
        party((ArrayNode) json.path("parties"), "S2", loser, "Proveedor " + loser, "tenderer");
        ArrayNode details = json.putObject("bids").putArray("details");
        bid(details, "b1", "S1", winning);
        bid(details, "b2", "S2", losing);
        return json;
    }

    static HarvestedRelease harvested(String source, ObjectNode json) {
        return new HarvestedRelease(source, "run-1", new Release(json), PackageMetadata.NONE, ContentHash.of(json),
                List.of(), "https://example.org/" + source + ".json");
    }

    private static void bid(ArrayNode details, String id, String tenderer, double amount) {
        ObjectNode bid = details.addObject().put("id", id).put("status", "valid");
        bid.putObject("value").put("amount", amount).put("currency", "MXN");
        bid.putArray("tenderers").addObject().put("id", tenderer);
    }

    private static void party(ArrayNode parties, String id, String rfc, String name, String role) {
        ObjectNode party = parties.addObject().put("id", id).put("name", name);
        party.putObject("identifier").put("scheme", "MX-RFC").put("id", rfc);
        party.putArray("roles").add(role);
    }
}
