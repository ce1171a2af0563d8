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

    /**
     * The distinct suppliers of the awards (or, without awards, the parties with the supplier role), each with what
     * was awarded to it per currency: the value of every award that lists it and is not cancelled or unsuccessful,
     * once per award however many times the award lists it. An award with several suppliers counts for each of them
     * (OCDS does not split it).
     */
    private ArrayNode suppliers(JsonNode release, Parties parties) {
        Map<String, Supplier> unique = new LinkedHashMap<>();
        release.path("awards").forEach(award -> addAward(award, parties, unique));
        if (unique.isEmpty()) {
            parties.allWithRole("supplier").forEach(party -> organization(party).ifPresent(org ->
                    unique.putIfAbsent(identity(org), new Supplier(org))));
        }
        ArrayNode list = mapper.createArrayNode();
        unique.values().forEach(supplier -> list.add(supplier.json(mapper)));
        return list;
    }

    private void addAward(JsonNode award, Parties parties, Map<String, Supplier> suppliers) {
        Optional<Money> value = Stages.isVoid(award) ? Optional.empty() : Money.of(award.path("value"));
        Set<String> listed = new LinkedHashSet<>();
        for (JsonNode reference : award.path("suppliers")) {
            Optional<ObjectNode> org = organization(parties.resolve(reference));
            if (org.isPresent() && listed.add(identity(org.get()))) {
                Supplier supplier = suppliers.computeIfAbsent(identity(org.get()), id -> new Supplier(org.get()));
                value.ifPresent(supplier::add);
            }
        }
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

    /** A supplier of a process, and the amounts awarded to it per currency. */
    private static final class Supplier {

        private final ObjectNode organization;
        private final Map<String, Money> awarded = new LinkedHashMap<>();

        Supplier(ObjectNode organization) {
            this.organization = organization;
        }

        void add(Money value) {
            awarded.merge(value.currency(), value, (sum, more) -> sum.plus(more.amount()));
        }

        ObjectNode json(ObjectMapper mapper) {
            ArrayNode amounts = organization.putArray("awarded");
            awarded.values().forEach(total -> amounts.add(total.json(mapper)));
            return organization;
        }
    }
}
