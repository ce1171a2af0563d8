package org.ocdsnacional.analytics.conformance;

import org.ocdsnacional.analytics.settings.SettingsSections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a Cardinal test case's file name states, as Cardinal's build script reads it: {@code R018} is the
 * flag with its defaults; {@code R003-procurement_methods-open+selective} is {@code [R003] procurement_methods =
 * open|selective}; {@code R003-procurement_method_details-x-5-y-10} is {@code [R003.procurement_method_details]
 * x = 5, y = 10}. Every case also runs with {@code no_price_comparison_procurement_methods = NPC} and
 * {@code [exclusions] procurement_method_details = EXC}.
 */
final class FixtureSettings {

    private FixtureSettings() {
    }

    static SettingsSections of(String name) {
        String[] parts = name.split("-");
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        sections.put(SettingsSections.TOP, Map.of("no_price_comparison_procurement_methods", "NPC"));
        sections.put("exclusions", Map.of("procurement_method_details", "EXC"));
        Map<String, String> own = new LinkedHashMap<>();
        sections.put(parts[0], own);
        if (parts.length == 3) {
            own.put(parts[1], parts[2].replace('+', '|'));
        } else if (parts.length > 3) {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (int i = 2; i + 1 < parts.length; i += 2) {
                pairs.put(parts[i], parts[i + 1]);
            }
            sections.put(parts[0] + "." + parts[1], pairs);
        }
        return new SettingsSections(sections);
    }
}
