package org.ocdsnacional.ocds.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.Release;

import java.util.Map;

/**
 * Version 3.0 of INAI's "Contrataciones Abiertas" tool (2025) renamed OCDS keys: party addresses became
 * {@code address_streetaddress}, {@code address_postalcode}…, item units {@code unit_name} and
 * {@code value.unit_value_amount}…. This maps them back ({@code captura/io/release.js} L169-300). The tool's keys
 * with no OCDS equivalent ({@code address_typeofroad}, {@code stage}, {@code procedurecharacter},
 * {@code exchangerate_amount}…) are kept as published: the validator reports them as additional fields. Releases
 * of earlier versions pass unchanged.
 */
public final class EdcaV3Normaliser implements ReleaseNormaliser {

    private static final Map<String, String> ADDRESS = Map.of(
            "address_streetaddress", "streetAddress",
            "address_locality", "locality",
            "address_region", "region",
            "address_postalcode", "postalCode",
            "address_countryname", "countryName");
    private static final Map<String, String> UNIT = Map.of("unit_name", "name");
    private static final Map<String, String> UNIT_VALUE = Map.of(
            "unit_value_amount", "amount",
            "unit_value_amountnet", "netAmount",
            "unit_value_currency", "currency");
    private static final String[] ITEM_HOLDERS = {"awards", "contracts"};

    @Override
    public Release normalise(Release release) {
        if (!isVersion3(release.json())) {
            return release;
        }
        ObjectNode copy = release.json().deepCopy();
        copy.path("parties").forEach(party -> rename(party.path("address"), ADDRESS));
        items(copy.path("tender"));
        for (String holder : ITEM_HOLDERS) {
            copy.path(holder).forEach(EdcaV3Normaliser::items);
        }
        return new Release(copy);
    }

    private static boolean isVersion3(JsonNode release) {
        String text = release.toString();
        return text.contains("\"address_") || text.contains("\"unit_name\"") || text.contains("\"unit_value_");
    }

    private static void items(JsonNode holder) {
        for (JsonNode item : holder.path("items")) {
            JsonNode unit = item.path("unit");
            rename(unit, UNIT);
            rename(unit.path("value"), UNIT_VALUE);
        }
    }

    /** Renames the keys of {@code node} that {@code names} knows, unless the OCDS key is already there. */
    private static void rename(JsonNode node, Map<String, String> names) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        names.forEach((from, to) -> {
            if (object.has(from) && !object.has(to)) {
                object.set(to, object.remove(from));
            }
        });
    }
}
