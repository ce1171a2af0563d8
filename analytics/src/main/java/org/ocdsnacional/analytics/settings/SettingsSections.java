package org.ocdsnacional.analytics.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A settings file as sections of properties, in the order written. Properties before the first section belong to
 * the top-level section, named {@code ""}. A section may be present and empty: {@code [R024]} alone enables R024.
 */
public record SettingsSections(Map<String, Map<String, String>> sections) {

    /** The name of the top-level section. */
    public static final String TOP = "";

    public SettingsSections {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((name, properties) -> copy.put(name, Map.copyOf(properties)));
        sections = java.util.Collections.unmodifiableMap(copy);
    }

    public static SettingsSections empty() {
        return new SettingsSections(Map.of());
    }

    public boolean has(String section) {
        return sections.containsKey(section);
    }

    public Optional<String> value(String section, String key) {
        return Optional.ofNullable(sections.getOrDefault(section, Map.of()).get(key));
    }

    public Map<String, String> properties(String section) {
        return sections.getOrDefault(section, Map.of());
    }

    public Set<String> names() {
        return sections.keySet();
    }

    /** A reader of one section's properties as typed values. */
    public SectionReader read(String section) {
        return new SectionReader(section, properties(section));
    }
}
