package org.ocdsnacional.analytics.flag;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flags raised in a population, by group and identifier (an ocid, a buyer's id, a tenderer's id), in the order
 * they were raised. A second flag with the same code on the same subject replaces the first, as in Cardinal.
 */
public final class FlagResults {

    private final Map<Group, Map<String, Map<FlagCode, Flag>>> byGroup = new EnumMap<>(Group.class);

    public void put(Group group, String id, Flag flag) {
        byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>())
                .computeIfAbsent(id, i -> new LinkedHashMap<>())
                .put(flag.code(), flag);
    }

    /** The subjects of a group that raised a flag, each with its flags by code; empty when none did. */
    public Map<String, Map<FlagCode, Flag>> group(Group group) {
        return Collections.unmodifiableMap(byGroup.getOrDefault(group, Map.of()));
    }

    /** The flags of one subject, by code. */
    public Map<FlagCode, Flag> of(Group group, String id) {
        return Collections.unmodifiableMap(byGroup.getOrDefault(group, Map.of()).getOrDefault(id, Map.of()));
    }

    public boolean isEmpty() {
        return byGroup.values().stream().allMatch(Map::isEmpty);
    }

    /** How many subjects raised at least one flag, over all groups. */
    public int subjects() {
        return byGroup.values().stream().mapToInt(Map::size).sum();
    }
}
