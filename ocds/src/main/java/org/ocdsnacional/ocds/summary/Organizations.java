package org.ocdsnacional.ocds.summary;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The organizations of a publication by role, each counted once: by its identifier's id, or by its name when it
 * has no identifier (as lib-cove-ocds counts them).
 */
final class Organizations {

    /** The roles counted. */
    enum Role { BUYER, PROCURING_ENTITY, SUPPLIER, TENDERER }

    private static final int SAMPLE = 100;

    private final Map<Role, Distinct> ids = new EnumMap<>(Role.class);
    private final Map<Role, Distinct> names = new EnumMap<>(Role.class);
    private final Map<Role, Distinct> labels = new EnumMap<>(Role.class);
    private final Distinct allIds = new Distinct(0);
    private final Distinct allNames = new Distinct(0);
    private final Distinct withAddress = new Distinct(0);
    private final Distinct withContactPoint = new Distinct(0);
    private final Map<String, Long> schemes = new TreeMap<>();

    Organizations() {
        for (Role role : Role.values()) {
            ids.put(role, new Distinct(0));
            names.put(role, new Distinct(0));
            labels.put(role, new Distinct(SAMPLE));
        }
    }

    void add(JsonNode organization, Role role) {
        if (!organization.isObject()) {
            return;
        }
        JsonNode identifier = organization.path("identifier");
        String id = Values.truthy(identifier.path("id")) ? Values.text(identifier.path("id")) : "";
        String name = Values.truthy(organization.path("name")) ? Values.text(organization.path("name")) : "";
        if (!id.isEmpty()) {
            identified(organization, role, id, name, identifier.path("scheme"));
            return;
        }
        if (!name.isEmpty()) {
            names.get(role).add(name);
            allNames.add(name);
            labels.get(role).add(name);
        }
        located(organization, "name " + name);
    }

    private void identified(JsonNode organization, Role role, String id, String name, JsonNode scheme) {
        if (ids.get(role).add(id)) {
            labels.get(role).add(name + " (" + id + ")");
        }
        allIds.add(id);
        scheme(scheme);
        located(organization, "id " + id);
    }

    private void located(JsonNode organization, String key) {
        if (Values.truthy(organization.path("address"))) {
            withAddress.add(key);
        }
        if (Values.truthy(organization.path("contactPoint"))) {
            withContactPoint.add(key);
        }
    }

    /** The identifier schemes of a party of the release (OCDS 1.1), its additional identifiers included. */
    void party(JsonNode party) {
        scheme(party.path("identifier").path("scheme"));
        party.path("additionalIdentifiers").forEach(identifier -> scheme(identifier.path("scheme")));
    }

    private void scheme(JsonNode scheme) {
        if (Values.truthy(scheme) && !scheme.isContainerNode()) {
            schemes.merge(Values.text(scheme), 1L, Long::sum);
        }
    }

    PublicationSummary.Organizations freeze() {
        return new PublicationSummary.Organizations(count(Role.BUYER), count(Role.PROCURING_ENTITY),
                count(Role.SUPPLIER), count(Role.TENDERER), allIds.count() + allNames.count(), allIds.count(),
                allNames.count(), withAddress.count(), withContactPoint.count(), labels.get(Role.BUYER).sample(),
                labels.get(Role.SUPPLIER).sample());
    }

    /** True while every count here is exact (see {@link Distinct}). */
    boolean exact() {
        return Stream.of(ids.values(), names.values(), labels.values(), List.of(allIds, allNames, withAddress,
                withContactPoint)).flatMap(Collection::stream).allMatch(Distinct::exact);
    }

    Map<String, Long> schemes() {
        return schemes;
    }

    private long count(Role role) {
        return ids.get(role).count() + names.get(role).count();
    }
}
