package org.ocdsnacional.generator.patterns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;

/** A release of one process, written field by field in the shape Mexican publishers use. */
final class ProcessBuilder {

    private static final String ZONE = "T10:00:00-06:00";

    private final ObjectNode release;

    private ProcessBuilder(ObjectNode release) {
        this.release = release;
    }

    /** A release of {@code ocid} dated {@code day} (yyyy-MM-dd), bought by {@code buyer}. */
    static ProcessBuilder release(ObjectMapper mapper, String ocid, String id, String day, Organization buyer) {
        ObjectNode json = mapper.createObjectNode();
        json.put("ocid", ocid).put("id", id).put("date", day + ZONE);
        json.putArray("tag").add("award");
        json.put("initiationType", "tender");
        json.putArray("parties");
        ProcessBuilder builder = new ProcessBuilder(json);
        builder.party(buyer, "buyer");
        json.putObject("buyer").put("id", buyer.id()).put("name", buyer.name());
        return builder;
    }

    /** The tender: an acquisition of goods (as the planted processes all are) by {@code method}. */
    ProcessBuilder tender(String title, String method, String details) {
        release.putObject("tender").put("id", release.path("ocid").asText() + "-t").put("title", title)
                .put("procurementMethod", method).put("procurementMethodDetails", details)
                .put("mainProcurementCategory", "goods");
        return this;
    }

    ProcessBuilder period(String start, String end) {
        release.with("tender").putObject("tenderPeriod").put("startDate", start + ZONE).put("endDate", end + ZONE);
        return this;
    }

    ProcessBuilder tenderers(int count) {
        release.with("tender").put("numberOfTenderers", count);
        return this;
    }

    /** An active award of {@code amount} MXN to {@code supplier} on {@code day}. */
    ProcessBuilder award(String day, Organization supplier, BigDecimal amount) {
        party(supplier, "supplier");
        ArrayNode awards = release.withArray("awards");
        ObjectNode award = awards.addObject().put("id", "a" + awards.size()).put("status", "active")
                .put("date", day + ZONE);
        award.putObject("value").put("amount", amount).put("currency", "MXN");
        award.putArray("suppliers").addObject().put("id", supplier.id()).put("name", supplier.name());
        return this;
    }

    /** An item of the last award, classified under {@code classification} (UNSPSC). */
    ProcessBuilder item(String classification) {
        ArrayNode awards = release.withArray("awards");
        ArrayNode items = ((ObjectNode) awards.get(awards.size() - 1)).withArray("items");
        ObjectNode item = items.addObject().put("id", Integer.toString(items.size()))
                .put("description", "Bienes " + classification);
        item.putObject("classification").put("scheme", "UNSPSC").put("id", classification);
        return this;
    }

    /** A contract of the first award, signed on {@code day}, worth {@code amount} MXN. */
    ProcessBuilder contract(String day, BigDecimal amount) {
        ObjectNode contract = release.withArray("contracts").addObject().put("id", "c1").put("awardID", "a1")
                .put("status", "active").put("dateSigned", day + ZONE);
        contract.putObject("value").put("amount", amount).put("currency", "MXN");
        release.withArray("tag").add("contract");
        return this;
    }

    /** A bid of {@code tenderer} with {@code status}, received on {@code day}. */
    ProcessBuilder bid(Organization tenderer, String status, BigDecimal amount, String day) {
        party(tenderer, "tenderer");
        ArrayNode details = release.with("bids").withArray("details");
        ObjectNode bid = details.addObject().put("id", "b" + (details.size())).put("status", status)
                .put("date", day + ZONE);
        bid.putObject("value").put("amount", amount).put("currency", "MXN");
        bid.putArray("tenderers").addObject().put("id", tenderer.id()).put("name", tenderer.name());
        return this;
    }

    ObjectNode json() {
        return release;
    }

    private void party(Organization organization, String role) {
        for (var party : release.withArray("parties")) {
            if (party.path("id").asText().equals(organization.id())) {
                ((ArrayNode) party.path("roles")).add(role);
                return;
            }
        }
        ObjectNode party = release.withArray("parties").addObject().put("id", organization.id())
                .put("name", organization.name());
        party.putObject("identifier").put("scheme", "MX-RFC").put("id", organization.rfc())
                .put("legalName", organization.name());
        party.putArray("roles").add(role);
    }
}
