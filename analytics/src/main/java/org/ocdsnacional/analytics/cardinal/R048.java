package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.stats.Quantiles;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * R048, heterogeneous supplier: the number of distinct first-level classifications (the first 2 characters of
 * {@code classification/id}) among the items of the active awards made to a single supplier, across the
 * population, is at or above the upper fence ({@code Q3 + 1.5 IQR} of the suppliers awarded in at least 20
 * processes, or the threshold set). Only those suppliers are flagged. Value: the variety.
 */
public final class R048 {

    private R048() {
    }

    /** The classification prefixes each single supplier of an active award was awarded in one process. */
    static Map<String, Set<String>> observe(CardinalRelease release, CardinalSettings.R048 settings) {
        Map<String, Set<String>> bySupplier = new LinkedHashMap<>();
        for (JsonNode award : Fields.array(release.json(), "awards")) {
            List<JsonNode> suppliers = Fields.array(award, "suppliers");
            Optional<String> supplier = suppliers.size() == 1 ? Fields.text(suppliers.getFirst(), "id")
                    : Optional.empty();
            if (!Fields.hasStatus(award, "active") || !Fields.isArray(award, "items") || supplier.isEmpty()) {
                continue;
            }
            for (JsonNode item : Fields.array(award, "items")) {
                Fields.text(Fields.object(item, "classification"), "id").ifPresent(id -> bySupplier
                        .computeIfAbsent(supplier.get(), s -> new LinkedHashSet<>())
                        .add(prefix(id, settings.digits())));
            }
        }
        return bySupplier;
    }

    /** The first {@code digits} characters (code points) of a classification id. */
    static String prefix(String id, int digits) {
        return id.codePoints().limit(digits).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /**
     * A supplier's variety across the population.
     *
     * @param processes the processes it was awarded items with a classification in
     * @param codes     the distinct prefixes of those classifications
     */
    public record Variety(long processes, Set<String> codes) {

        public static final Variety NONE = new Variety(0, Set.of());

        public Variety {
            codes = Set.copyOf(codes);
        }

        Variety plus(Set<String> more) {
            Set<String> all = new TreeSet<>(codes);
            all.addAll(more);
            return new Variety(processes + 1, all);
        }
    }

    /**
     * The fence.
     *
     * @param q1         the first quartile of the varieties counted (NaN when the fence is set by hand)
     * @param q3         the third quartile
     * @param upperFence the variety at or above which a supplier counted is flagged
     */
    public record Statistics(double q1, double q3, double upperFence) {

        /** The fence of these varieties (one per supplier of a population). */
        public static Statistics of(Collection<Variety> varieties, CardinalSettings.R048 settings) {
            if (settings.threshold().isPresent()) {
                return new Statistics(Double.NaN, Double.NaN, settings.threshold().getAsLong());
            }
            Quantiles quantiles = Quantiles.of(varieties.stream()
                    .filter(v -> v.processes() >= settings.minimumContractingProcesses())
                    .mapToDouble(v -> v.codes().size()).toArray());
            return new Statistics(quantiles.lowerQuartile(), quantiles.upperQuartile(), quantiles.upperFence());
        }

        Map<String, Double> meta(CardinalSettings.R048 settings) {
            Map<String, Double> meta = new LinkedHashMap<>();
            if (settings.threshold().isEmpty()) {
                meta.put("q1", q1);
                meta.put("q3", q3);
            }
            meta.put("upper_fence", upperFence);
            return meta;
        }
    }

    /** The flag on a supplier with this variety. */
    public static Optional<Flag> flag(Variety variety, Statistics statistics, CardinalSettings.R048 settings) {
        double size = variety.codes().size();
        if (variety.processes() < settings.minimumContractingProcesses() || !(size >= statistics.upperFence())) {
            return Optional.empty();
        }
        return Optional.of(new Flag(FlagCode.R048, size, List.of(
                Evidence.of("classifications", String.join(", ", new TreeSet<>(variety.codes()))),
                Evidence.of("processes", variety.processes()), Evidence.of("upperFence", statistics.upperFence()))));
    }
}
