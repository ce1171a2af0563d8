package org.ocdsnacional.indexer.flags;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.release.Money;
import org.ocdsnacional.analytics.release.PublicationHistory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A process's publication history (its first release's date, each contract's first published value) as the process
 * document stores it, so that its flags can be computed again without reading its releases.
 */
final class PublicationJson {

    private PublicationJson() {
    }

    static ObjectNode write(ObjectMapper mapper, PublicationHistory history) {
        ObjectNode node = mapper.createObjectNode();
        history.firstReleaseDate().ifPresent(date -> node.put("firstReleaseDate", date));
        ArrayNode contracts = node.putArray("firstContractValues");
        new TreeMap<>(history.firstContractValues()).forEach((id, value) -> contracts.addObject().put("id", id)
                .put("amount", value.amount().toPlainString()).put("currency", value.currency()));
        return node;
    }

    static PublicationHistory read(JsonNode node) {
        Optional<String> first = node.hasNonNull("firstReleaseDate")
                ? Optional.of(node.path("firstReleaseDate").asText()) : Optional.empty();
        Map<String, Money> values = new LinkedHashMap<>();
        for (JsonNode contract : node.path("firstContractValues")) {
            values.put(contract.path("id").asText(), new Money(new java.math.BigDecimal(contract.path("amount")
                    .asText()), contract.path("currency").asText()));
        }
        return new PublicationHistory(first, values);
    }
}
