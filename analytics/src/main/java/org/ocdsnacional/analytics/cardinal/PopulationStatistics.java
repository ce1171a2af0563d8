package org.ocdsnacional.analytics.cardinal;

import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of a population that the population-wide red flags compare one process or one organization
 * with: computed from the observations of a file here, from the national index elsewhere.
 */
public record PopulationStatistics(BidRatioStatistics bidRatios, R025.Statistics r025, R038.Statistics r038Buyers,
                                   R038.Statistics r038ProcuringEntities, R038.Statistics r038Tenderers,
                                   R048.Statistics r048) {

    /** Cardinal's "Meta": the quartiles and fences of each enabled flag, by code. */
    public Map<String, Map<String, Double>> meta(CardinalSettings settings) {
        Map<String, Map<String, Double>> meta = new LinkedHashMap<>(bidRatios.meta(settings));
        if (settings.runs(FlagCode.R025)) {
            meta.put("R025", r025.meta(settings.r025()));
        }
        if (settings.runs(FlagCode.R038)) {
            Map<String, Double> r038 = R038.meta(List.of(r038Buyers, r038ProcuringEntities, r038Tenderers),
                    settings.r038());
            if (!r038.isEmpty()) {
                meta.put("R038", r038);
            }
        }
        if (settings.runs(FlagCode.R048)) {
            meta.put("R048", r048.meta(settings.r048()));
        }
        return meta;
    }
}
