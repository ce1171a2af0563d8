package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Uniqueness of a package's releases (by ocid and id) or records (by ocid), as lib-cove-ocds checks it: one error
 * per repeated combination; when some item lacks the ids, the whole items must be unique instead.
 */
final class UniqueItems {

    private UniqueItems() {
    }

    static void releases(JsonNode releases, String pointer, Findings findings) {
        check(releases, List.of("ocid", "id"), pointer, "schema.duplicate_release", findings);
    }

    static void records(JsonNode records, String pointer, Findings findings) {
        check(records, List.of("ocid"), pointer, "schema.duplicate_record", findings);
    }

    private static void check(JsonNode array, List<String> names, String pointer, String type, Findings findings) {
        Set<String> seen = new HashSet<>();
        Map<String, String> repeated = new TreeMap<>();
        boolean wholeItemsChecked = false;
        for (JsonNode item : array) {
            List<JsonNode> ids = ids(item, names);
            if (!ids.isEmpty()) {
                String key = ids.toString();
                if (!seen.add(key)) {
                    repeated.put(display(ids), key);
                }
            } else if (!wholeItemsChecked) {
                if (!allDifferent(array)) {
                    notUnique(pointer, findings);
                    return;
                }
                wholeItemsChecked = true;
            }
        }
        repeated.keySet().forEach(value -> duplicate(type, names, pointer, value, findings));
    }

    /** The item's ids, or nothing when it is not an object or one of them is missing, null or not a scalar. */
    private static List<JsonNode> ids(JsonNode item, List<String> names) {
        List<JsonNode> ids = new ArrayList<>(names.size());
        for (String name : names) {
            JsonNode id = item.isObject() ? item.get(name) : null;
            if (id == null || id.isNull() || id.isContainerNode()) {
                return List.of();
            }
            ids.add(id);
        }
        return ids;
    }

    private static String display(List<JsonNode> ids) {
        return String.join(", ", ids.stream().map(JsonNode::asText).toList());
    }

    private static boolean allDifferent(JsonNode array) {
        Set<JsonNode> items = new HashSet<>();
        for (JsonNode item : array) {
            if (!items.add(item)) {
                return false;
            }
        }
        return true;
    }

    private static void duplicate(String type, List<String> names, String pointer, String value, Findings findings) {
        String what = String.join(" e ", names);
        String whatEn = String.join(" and ", names);
        findings.add(Severity.ERROR, type, pointer, names.getLast(), value, () -> new Texts(
                "Hay más de un elemento en " + pointer + " con el mismo " + what + " (" + value + "): cada uno "
                        + "necesita una combinación única",
                "More than one item in " + pointer + " has the same " + whatEn + " (" + value + "): each needs a "
                        + "unique combination"), Map.of("peer", "uniqueItems_with_" + String.join("__", names)));
    }

    private static void notUnique(String pointer, Findings findings) {
        findings.add(Severity.ERROR, "schema.uniqueItems", pointer, "", () -> new Texts(
                "La lista " + pointer + " tiene elementos repetidos (y algunos sin identificador)",
                "The array " + pointer + " has repeated items (and some without identifiers)"),
                Map.of("peer", "uniqueItems_no_ids"));
    }
}
