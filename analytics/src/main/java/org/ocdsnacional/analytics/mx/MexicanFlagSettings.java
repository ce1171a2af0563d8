package org.ocdsnacional.analytics.mx;

import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.settings.SectionReader;
import org.ocdsnacional.analytics.settings.SettingsSections;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The settings of the Mexican flags, typed, with their defaults.
 *
 * @param enabled             the flags to compute
 * @param currency            the currency of every amount compared (MXN); amounts in others are left out
 * @param newSupplierDays     MX01: a legal entity incorporated fewer days than this before the award is flagged (365)
 * @param thresholds          MX02 and MX03: the threshold per method and year (none by default: set them)
 * @param splitWindowDays     MX03: direct awards at most this many days apart are added up (30)
 * @param latePublicationDays MX04: a contract first published more days than this after it was signed (90)
 * @param amendmentShare      MX05: a contract whose value rose by more than this share (0.20, the 20 % the
 *                            federal procurement law allows without a new procedure)
 * @param clearedStatuses     MX06: statuses of a reference list that clear an organization ("Desvirtuado",
 *                            "Sentencia favorable"), compared without case or accents
 */
public record MexicanFlagSettings(Set<FlagCode> enabled, String currency, int newSupplierDays,
                                  ProcurementThresholds thresholds, int splitWindowDays, int latePublicationDays,
                                  BigDecimal amendmentShare, Set<String> clearedStatuses) {

    /** The Mexican flags, in order. */
    public static final List<FlagCode> CODES = List.of(FlagCode.MX01, FlagCode.MX02, FlagCode.MX03, FlagCode.MX04,
            FlagCode.MX05, FlagCode.MX06);

    private static final MexicanFlagSettings DEFAULTS = new MexicanFlagSettings(EnumSet.copyOf(CODES), "MXN", 365,
            ProcurementThresholds.NONE, 30, 90, new BigDecimal("0.20"), Set.of("Desvirtuado", "Sentencia favorable"));

    public MexicanFlagSettings {
        enabled = Set.copyOf(enabled);
        clearedStatuses = Set.copyOf(clearedStatuses);
    }

    /** Every Mexican flag with its defaults (no thresholds: MX02 and MX03 raise nothing until they are set). */
    public static MexicanFlagSettings defaults() {
        return DEFAULTS;
    }

    /** The settings a file states: a flag runs only if its section is there, as Cardinal's do. */
    public static MexicanFlagSettings from(SettingsSections file) {
        Set<FlagCode> enabled = EnumSet.noneOf(FlagCode.class);
        CODES.stream().filter(code -> file.has(code.name())).forEach(enabled::add);
        SectionReader mx01 = file.read("MX01");
        SectionReader mx02 = file.read("MX02");
        SectionReader mx03 = file.read("MX03");
        SectionReader mx04 = file.read("MX04");
        SectionReader mx05 = file.read("MX05");
        SectionReader mx06 = file.read("MX06");
        MexicanFlagSettings settings = new MexicanFlagSettings(enabled,
                mx02.text("currency").orElse(DEFAULTS.currency),
                days(mx01, "days", DEFAULTS.newSupplierDays), thresholds(file),
                days(mx03, "window_days", DEFAULTS.splitWindowDays), days(mx04, "days", DEFAULTS.latePublicationDays),
                mx05.amount("share").orElse(DEFAULTS.amendmentShare),
                mx06.text("cleared_statuses").isPresent() ? mx06.pipeSeparated("cleared_statuses")
                        : DEFAULTS.clearedStatuses);
        List.of(mx01, mx02, mx03, mx04, mx05, mx06).forEach(SectionReader::done);
        return settings;
    }

    public boolean runs(FlagCode code) {
        return enabled.contains(code);
    }

    /** These settings with other thresholds. */
    public MexicanFlagSettings withThresholds(ProcurementThresholds other) {
        return new MexicanFlagSettings(enabled, currency, newSupplierDays, other, splitWindowDays, latePublicationDays,
                amendmentShare, clearedStatuses);
    }

    private static int days(SectionReader section, String key, int fallback) {
        long days = section.whole(key).orElse(fallback);
        if (days < 0 || days > Integer.MAX_VALUE) {
            throw section.invalid(key, Long.toString(days), "un número de días no negativo / a number of days, "
                    + "0 or more");
        }
        return (int) days;
    }

    private static ProcurementThresholds thresholds(SettingsSections file) {
        Map<MexicanMethod, ProcurementThresholds.YearAmounts> byMethod = new EnumMap<>(MexicanMethod.class);
        for (MexicanMethod method : List.of(MexicanMethod.DIRECT_AWARD, MexicanMethod.RESTRICTED_INVITATION)) {
            String name = "MX02." + method.key();
            if (file.has(name)) {
                byMethod.put(method, yearAmounts(file.read(name)));
            }
        }
        return new ProcurementThresholds(byMethod);
    }

    private static ProcurementThresholds.YearAmounts yearAmounts(SectionReader section) {
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        Optional<BigDecimal> otherYears = section.amount("other_years");
        for (String key : section.all().keySet()) {
            if (key.equals("other_years")) {
                continue;
            }
            if (!key.matches("\\d{4}")) {
                throw section.invalid(key, section.text(key).orElse(""), "un año (2024) u other_years / a year "
                        + "(2024) or other_years");
            }
            byYear.put(Integer.parseInt(key), section.amount(key).orElseThrow());
        }
        section.done();
        return new ProcurementThresholds.YearAmounts(byYear, otherYears);
    }
}
