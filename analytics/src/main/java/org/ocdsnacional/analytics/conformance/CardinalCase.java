package org.ocdsnacional.analytics.conformance;

import org.ocdsnacional.analytics.settings.SettingsSections;

import java.nio.file.Path;

/**
 * One of Cardinal's cases: an input file of JSON lines, the settings it runs with, and Cardinal's output for it.
 *
 * @param suite    indicators or coverage
 * @param name     the case, as its fixture or documentation page names it
 * @param input    the JSON lines
 * @param settings the settings (indicators only)
 * @param meta     whether the output has Cardinal's "Meta" key
 * @param expected Cardinal's output, as JSON text
 */
public record CardinalCase(Suite suite, String name, Path input, SettingsSections settings, boolean meta,
                           String expected) {

    /** Which Cardinal command the case is for. */
    public enum Suite {
        INDICATORS("cardinal indicators"),
        COVERAGE("cardinal coverage");

        private final String label;

        Suite(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
