package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.settings.SectionReader;
import org.ocdsnacional.analytics.settings.SettingsSections;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Cardinal's settings, typed, with Cardinal's defaults: which red flags run (in a settings file, those with a
 * section), the scope every flag shares, and each flag's own settings.
 *
 * @param enabled the red flags to compute
 * @param scope   the main currency and the procedures excluded from all flags or from price comparisons
 */
public record CardinalSettings(Set<FlagCode> enabled, Scope scope, R003 r003, R018 r018, Fence r024, R025 r025,
                               R035 r035, R038 r038, R048 r048, Fence r058) {

    /** Cardinal's red flags, in the order Cardinal runs them. */
    public static final List<FlagCode> CODES = List.of(FlagCode.R003, FlagCode.R018, FlagCode.R024, FlagCode.R025,
            FlagCode.R028, FlagCode.R030, FlagCode.R035, FlagCode.R036, FlagCode.R038, FlagCode.R048, FlagCode.R058);

    public CardinalSettings {
        enabled = Set.copyOf(enabled);
    }

    /** Every red flag, with Cardinal's defaults and no main currency (the first one observed). */
    public static CardinalSettings defaults() {
        return new CardinalSettings(EnumSet.copyOf(CODES), Scope.NONE, R003.DEFAULT, R018.DEFAULT, Fence.DEFAULT,
                R025.DEFAULT, R035.DEFAULT, R038.DEFAULT, R048.DEFAULT, Fence.DEFAULT);
    }

    /** The settings a file states: a red flag runs only if its section is there, as in Cardinal. */
    public static CardinalSettings from(SettingsSections file) {
        Set<FlagCode> enabled = EnumSet.noneOf(FlagCode.class);
        CODES.stream().filter(code -> file.has(code.name())).forEach(enabled::add);
        List.of(FlagCode.R028, FlagCode.R030, FlagCode.R036).forEach(code -> file.read(code.name()).done());
        return new CardinalSettings(enabled, Scope.from(file), R003.from(file), R018.from(file),
                Fence.from(file.read("R024")), R025.from(file.read("R025")), R035.from(file.read("R035")),
                R038.from(file.read("R038")), R048.from(file.read("R048")), Fence.from(file.read("R058")));
    }

    public boolean runs(FlagCode code) {
        return enabled.contains(code);
    }

    /** These settings with a main currency, unless one is set already. */
    public CardinalSettings withDefaultCurrency(String currency) {
        Scope withCurrency = new Scope(scope.currency().or(() -> Optional.of(currency)), scope.noPriceComparison(),
                scope.priceComparison(), scope.excludedMethodDetails());
        return new CardinalSettings(enabled, withCurrency, r003, r018, r024, r025, r035, r038, r048, r058);
    }

    /**
     * What every flag shares.
     *
     * @param currency              the main currency: amounts in others are not compared; when absent, the first
     *                              currency observed
     * @param noPriceComparison     {@code tender/procurementMethodDetails} values whose bid prices are not compared
     * @param priceComparison       if not empty, the only such values whose bid prices are compared
     * @param excludedMethodDetails {@code tender/procurementMethodDetails} values excluded from every flag
     */
    public record Scope(Optional<String> currency, Set<String> noPriceComparison, Set<String> priceComparison,
                        Set<String> excludedMethodDetails) {

        public static final Scope NONE = new Scope(Optional.empty(), Set.of(), Set.of(), Set.of());

        public Scope {
            noPriceComparison = Set.copyOf(noPriceComparison);
            priceComparison = Set.copyOf(priceComparison);
            excludedMethodDetails = Set.copyOf(excludedMethodDetails);
        }

        static Scope from(SettingsSections file) {
            SectionReader top = file.read(SettingsSections.TOP);
            Scope scope = new Scope(top.text("currency"), top.pipeSeparated("no_price_comparison_procurement_methods"),
                    top.pipeSeparated("price_comparison_procurement_methods"), excluded(file.read("exclusions")));
            top.done();
            return scope;
        }

        private static Set<String> excluded(SectionReader exclusions) {
            Set<String> excluded = exclusions.pipeSeparated("procurement_method_details");
            exclusions.done();
            return excluded;
        }
    }

    /**
     * R003.
     *
     * @param threshold          the shortest acceptable submission period, in whole days (15)
     * @param procurementMethods if not empty, the only {@code tender/procurementMethod} values considered
     * @param byMethodDetails    thresholds per {@code tender/procurementMethodDetails} value
     */
    public record R003(long threshold, Set<String> procurementMethods, Map<String, Long> byMethodDetails) {

        static final R003 DEFAULT = new R003(15, Set.of(), Map.of());

        public R003 {
            procurementMethods = Set.copyOf(procurementMethods);
            byMethodDetails = Map.copyOf(byMethodDetails);
        }

        static R003 from(SettingsSections file) {
            SectionReader section = file.read("R003");
            R003 settings = new R003(section.whole("threshold").orElse(DEFAULT.threshold),
                    section.pipeSeparated("procurement_methods"),
                    byMethodDetails(file.read("R003.procurement_method_details")));
            section.done();
            return settings;
        }

        private static Map<String, Long> byMethodDetails(SectionReader section) {
            Map<String, Long> thresholds = new LinkedHashMap<>();
            section.all().keySet().forEach(key -> thresholds.put(key, section.whole(key).orElseThrow()));
            return thresholds;
        }
    }

    /** R018: the competitive {@code tender/procurementMethod} values ({@code open}, {@code selective}). */
    public record R018(Set<String> procurementMethods) {

        static final R018 DEFAULT = new R018(Set.of("open", "selective"));

        public R018 {
            procurementMethods = Set.copyOf(procurementMethods);
        }

        static R018 from(SettingsSections file) {
            SectionReader section = file.read("R018");
            boolean given = section.text("procurement_methods").isPresent();
            Set<String> methods = section.pipeSeparated("procurement_methods");
            section.done();
            return given ? new R018(methods) : DEFAULT;
        }
    }

    /** R024 and R058: a fence set by hand instead of computed from the population. */
    public record Fence(OptionalDouble threshold) {

        static final Fence DEFAULT = new Fence(OptionalDouble.empty());

        static Fence from(SectionReader section) {
            Fence fence = new Fence(section.decimal("threshold"));
            section.done();
            return fence;
        }
    }

    /**
     * R025.
     *
     * @param percentile the percentile of valid bids per tenderer that makes a top tenderer (75)
     * @param threshold  the lower fence of the ratio, set by hand instead of computed
     */
    public record R025(int percentile, OptionalDouble threshold) {

        static final R025 DEFAULT = new R025(75, OptionalDouble.empty());

        static R025 from(SectionReader section) {
            R025 settings = new R025(Math.toIntExact(section.whole("percentile").orElse(DEFAULT.percentile)),
                    section.decimal("threshold"));
            section.done();
            return settings;
        }
    }

    /** R035: the fewest other tenderers with disqualified bids that raise the flag (1; less than 1 counts as 1). */
    public record R035(long threshold) {

        static final R035 DEFAULT = new R035(1);

        static R035 from(SectionReader section) {
            R035 settings = new R035(Math.max(section.whole("threshold").orElse(1), 1));
            section.done();
            return settings;
        }
    }

    /**
     * R038.
     *
     * @param threshold                   the upper fence of the ratio, set by hand instead of computed
     * @param minimumSubmittedBids        tenderers with fewer submitted bids are left out (2)
     * @param minimumContractingProcesses buyers and procuring entities with fewer are left out (2; Cardinal counts
     *                                    the bids submitted to them, not their processes)
     */
    public record R038(OptionalDouble threshold, long minimumSubmittedBids, long minimumContractingProcesses) {

        static final R038 DEFAULT = new R038(OptionalDouble.empty(), 2, 2);

        static R038 from(SectionReader section) {
            R038 settings = new R038(section.decimal("threshold"), section.whole("minimum_submitted_bids").orElse(2),
                    section.whole("minimum_contracting_processes").orElse(2));
            section.done();
            return settings;
        }
    }

    /**
     * R048.
     *
     * @param digits                      the leading digits of a classification that make its first level (2)
     * @param threshold                   the upper fence of the variety, set by hand instead of computed
     * @param minimumContractingProcesses tenderers awarded in fewer processes are left out (20)
     */
    public record R048(int digits, OptionalLong threshold, long minimumContractingProcesses) {

        static final R048 DEFAULT = new R048(2, OptionalLong.empty(), 20);

        static R048 from(SectionReader section) {
            R048 settings = new R048(Math.toIntExact(section.whole("digits").orElse(2)), section.whole("threshold"),
                    section.whole("minimum_contracting_processes").orElse(20));
            section.done();
            return settings;
        }
    }
}
