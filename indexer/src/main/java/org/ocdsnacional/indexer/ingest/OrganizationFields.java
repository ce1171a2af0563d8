package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organizations of a process, resolved across publishers ({@link OrganizationIdentity}): its buyer, its
 * suppliers and what was awarded to each, and how many distinct tenderers it lists. An organization listed twice in
 * one role (as publishers do when they rename ids between releases and the merge keeps both spellings) is one
 * organization: it is counted once, and an award's value once for it.
 */
final class OrganizationFields {

    private final ObjectMapper mapper;

    OrganizationFields(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void putInto(ObjectNode doc, JsonNode release) {
        Parties parties = new Parties(release.path("parties"));
        organization(buyer(release, parties)).ifPresent(buyer -> doc.set("buyer", buyer));
        doc.set("suppliers", suppliers(release, parties));
        doc.set("supplierAwards", supplierAwards(release, parties));
    }

    /** How many distinct organizations the tender lists as tenderers (those without name or id count each). */
    int tenderers(JsonNode release) {
        Parties parties = new Parties(release.path("parties"));
        Set<String> distinct = new LinkedHashSet<>();
        int unnamed = 0;
        for (JsonNode tenderer : release.path("tender").path("tenderers")) {
            Optional<OrganizationIdentity> identity = OrganizationIdentity.of(parties.resolve(tenderer));
            if (identity.isPresent()) {
                distinct.add(identity.get().id());
            } else {
                unnamed++;
            }
        }
        return distinct.size() + unnamed;
    }

    private static JsonNode buyer(JsonNode release, Parties parties) {
        JsonNode buyer = release.path("buyer");
        if (buyer.isObject()) {
            return parties.resolve(buyer);
        }
        return parties.withRole("buyer").or(() -> parties.withRole("procuringEntity"))
                .orElse(parties.resolve(release.path("tender").path("procuringEntity")));
    }

    private ArrayNode suppliers(JsonNode release, Parties parties) {
        Map<String, ObjectNode> unique = new LinkedHashMap<>();
        for (JsonNode award : release.path("awards")) {
            for (JsonNode supplier : award.path("suppliers")) {
                organization(parties.resolve(supplier)).ifPresent(org -> unique.putIfAbsent(identity(org), org));
            }
        }
        if (unique.isEmpty()) {
            parties.allWithRole("supplier").forEach(party ->
                    organization(party).ifPresent(org -> unique.putIfAbsent(identity(org), org)));
        }
        ArrayNode list = mapper.createArrayNode();
        unique.values().forEach(list::add);
        return list;
    }

    /** An organization as published ({@code id}, {@code name}) plus its identity across publishers. */
    private Optional<ObjectNode> organization(JsonNode party) {
        return OrganizationIdentity.of(party).map(identity -> {
            ObjectNode org = mapper.createObjectNode();
            CompiledFields.putText(org, "id", party.path("id").asText("").trim());
            CompiledFields.putText(org, "name", party.path("name").asText("").trim());
            org.put("orgId", identity.id());
            return org;
        });
    }

    private static String identity(ObjectNode org) {
        return org.path("orgId").asText();
    }

    /**
     * Awarded amounts per supplier and currency, for rankings of suppliers by amount. The value of an award with
     * several suppliers counts for each of them (OCDS does not split it), once for each organization however many
     * times the award lists it.
     */
    private ArrayNode supplierAwards(JsonNode release, Parties parties) {
        Map<SupplierCurrency, Money> totals = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode award : release.path("awards")) {
            Optional<Money> value = Money.of(award.path("value"));
            if (Stages.isVoid(award) || value.isEmpty()) {
                continue;
            }
            Set<String> awarded = new LinkedHashSet<>();
            for (JsonNode supplier : award.path("suppliers")) {
                JsonNode party = parties.resolve(supplier);
                OrganizationIdentity.of(party).filter(identity -> awarded.add(identity.id())).ifPresent(identity -> {
                    names.putIfAbsent(identity.id(), party.path("name").asText("").trim());
                    totals.merge(new SupplierCurrency(identity.id(), value.get().currency()), value.get(),
                            (sum, more) -> sum.plus(more.amount()));
                });
            }
        }
        ArrayNode list = mapper.createArrayNode();
        totals.forEach((key, total) -> list.add(total.json(mapper).put("orgId", key.orgId())
                .put("name", names.get(key.orgId()))));
        return list;
    }

    private record SupplierCurrency(String orgId, String currency) {
    }
}
