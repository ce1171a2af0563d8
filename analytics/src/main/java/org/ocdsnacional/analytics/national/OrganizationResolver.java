package org.ocdsnacional.analytics.national;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.ocdsnacional.analytics.cardinal.Disqualifications;
import org.ocdsnacional.analytics.cardinal.Observation;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.References;
import org.ocdsnacional.analytics.stats.Fraction;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts organization ids in place of the ids a release uses: Cardinal keys tenderers, buyers and suppliers by the
 * {@code id} a publisher gave them, which in a national population collide between publishers ("1", "2") and differ
 * for one company. Each id is resolved through the party it points to ({@link References}): its RFC, else its
 * normalised name. An id that resolves to nothing (no party, no RFC, no name) is left out.
 */
final class OrganizationResolver {

    private final JsonNode release;
    private final Map<String, Optional<String>> resolved = new HashMap<>();

    OrganizationResolver(JsonNode release) {
        this.release = release;
    }

    Observation resolve(Observation raw) {
        return new Observation(raw.bidRatio(), outcomes(raw.tendererOutcomes()),
                raw.disqualifications().map(this::disqualifications), classifications(raw.classifications()));
    }

    /** A tenderer counts once per process: 1/1 if any of its ids won, 0/1 if not. */
    private Map<String, Fraction> outcomes(Map<String, Fraction> raw) {
        Map<String, Fraction> outcomes = new LinkedHashMap<>();
        raw.forEach((id, outcome) -> byId(id).ifPresent(org -> outcomes.merge(org, outcome,
                (one, other) -> one.numerator() >= other.numerator() ? one : other)));
        return outcomes;
    }

    private Disqualifications disqualifications(Disqualifications raw) {
        Map<String, Fraction> tenderers = new LinkedHashMap<>();
        raw.tenderers().forEach((id, tally) -> byId(id).ifPresent(org -> tenderers.merge(org, tally, Fraction::plus)));
        Optional<String> buyer = raw.buyer().flatMap(id -> reference(Fields.object(release, "buyer")));
        Optional<String> procuringEntity = raw.procuringEntity().flatMap(id -> reference(
                Fields.object(Fields.object(release, "tender"), "procuringEntity")));
        return new Disqualifications(buyer, procuringEntity, raw.bids(), tenderers);
    }

    private Map<String, Set<String>> classifications(Map<String, Set<String>> raw) {
        Map<String, Set<String>> classifications = new LinkedHashMap<>();
        raw.forEach((id, codes) -> byId(id).ifPresent(org -> classifications
                .computeIfAbsent(org, o -> new LinkedHashSet<>()).addAll(codes)));
        return classifications;
    }

    /** The organization an id of this release points to. */
    Optional<String> byId(String id) {
        return resolved.computeIfAbsent(id, raw -> reference(JsonNodeFactory.instance.objectNode().put("id", raw)));
    }

    private Optional<String> reference(JsonNode reference) {
        return References.identity(release, reference).map(OrganizationIdentity::id);
    }
}
