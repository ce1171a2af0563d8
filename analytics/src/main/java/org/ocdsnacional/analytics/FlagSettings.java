package org.ocdsnacional.analytics;

import org.ocdsnacional.analytics.cardinal.CardinalSettings;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.mx.MexicanFlagSettings;
import org.ocdsnacional.analytics.mx.MexicanMethod;
import org.ocdsnacional.analytics.mx.ProcurementThresholds;
import org.ocdsnacional.analytics.settings.IniSettings;
import org.ocdsnacional.analytics.settings.SettingsException;
import org.ocdsnacional.analytics.settings.SettingsSections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings of every flag, read in one place: Cardinal's (its settings file format and defaults) and the Mexican
 * flags' (sections {@code [MX01]} to {@code [MX06]} in the same file).
 *
 * @param cardinal Cardinal's red flags
 * @param mexican  the Mexican flags
 */
public record FlagSettings(CardinalSettings cardinal, MexicanFlagSettings mexican) {

    /** Sections of Cardinal's settings files that belong to its {@code prepare} command: accepted, not used. */
    private static final Set<String> PREPARE_SECTIONS = Set.of("defaults", "redactions", "corrections",
            "modifications");

    /** Every flag with its defaults, amounts compared in the Mexican flags' currency (MXN). */
    public static FlagSettings defaults() {
        return new FlagSettings(CardinalSettings.defaults(), MexicanFlagSettings.defaults()).national();
    }

    /** Cardinal's red flags alone, as Cardinal computes them (for conformance). */
    public static FlagSettings cardinalOnly(CardinalSettings cardinal) {
        MexicanFlagSettings none = MexicanFlagSettings.from(SettingsSections.empty());
        return new FlagSettings(cardinal, none);
    }

    /** The Mexican flags alone. */
    public static FlagSettings mexicanOnly(MexicanFlagSettings mexican) {
        return new FlagSettings(CardinalSettings.from(SettingsSections.empty()), mexican);
    }

    /** The settings a file states; a flag runs only if its section is there. */
    public static FlagSettings from(SettingsSections file) {
        Set<String> known = new HashSet<>(Set.of(SettingsSections.TOP, "exclusions",
                "R003.procurement_method_details"));
        EnumSet.allOf(FlagCode.class).forEach(code -> known.add(code.name()));
        List.of(MexicanMethod.DIRECT_AWARD, MexicanMethod.RESTRICTED_INVITATION)
                .forEach(method -> known.add("MX02." + method.key()));
        for (String section : file.names()) {
            if (!known.contains(section) && !PREPARE_SECTIONS.contains(section) && !section.startsWith("codelists.")) {
                throw new SettingsException("Sección desconocida / Unknown section: [" + section + "]");
            }
        }
        return new FlagSettings(CardinalSettings.from(file), MexicanFlagSettings.from(file));
    }

    /** The settings of an INI file (Cardinal's format). */
    public static FlagSettings read(Path file) throws IOException {
        return from(IniSettings.parse(Files.readString(file)));
    }

    /** These settings with other thresholds for MX02 and MX03. */
    public FlagSettings withThresholds(ProcurementThresholds thresholds) {
        return new FlagSettings(cardinal, mexican.withThresholds(thresholds));
    }

    /** These settings with Cardinal's main currency set to the Mexican flags' currency, unless one is set. */
    public FlagSettings national() {
        return new FlagSettings(cardinal.withDefaultCurrency(mexican.currency()), mexican);
    }
}
