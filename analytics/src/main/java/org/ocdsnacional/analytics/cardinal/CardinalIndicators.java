package org.ocdsnacional.analytics.cardinal;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.FlagCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cardinal's red flags with one set of settings. {@link #assess} reads one compiled release: the flags it raises by
 * itself, and its {@link Observation} for the population; {@link #populationFindings} then gives the flags that
 * compare it with the population's statistics. Immutable and thread-safe (the {@link MainCurrency} passed in is
 * not).
 */
public final class CardinalIndicators {

    private final CardinalSettings settings;
    private final Map<FlagCode, ProcessIndicator> local;

    private CardinalIndicators(CardinalSettings settings, Map<FlagCode, ProcessIndicator> local) {
        this.settings = settings;
        this.local = local;
    }

    public static CardinalIndicators of(CardinalSettings settings) {
        Map<FlagCode, ProcessIndicator> all = new LinkedHashMap<>();
        all.put(FlagCode.R003, new R003(settings.r003()));
        all.put(FlagCode.R018, new R018(settings.r018()));
        all.put(FlagCode.R028, new R028(settings.scope()));
        all.put(FlagCode.R030, new R030());
        all.put(FlagCode.R035, new R035(settings.r035()));
        all.put(FlagCode.R036, new R036(settings.scope()));
        all.keySet().retainAll(settings.enabled());
        return new CardinalIndicators(settings, all);
    }

    public CardinalSettings settings() {
        return settings;
    }

    /**
     * The flags one compiled release raises by itself and what it contributes to the population; empty when no
     * flag considers it (not an object, no ocid, a cancelled tender, an excluded procedure).
     */
    public Optional<Assessment> assess(JsonNode compiled, MainCurrency currency) {
        Optional<CardinalRelease> inScope = CardinalRelease.inScope(compiled, settings.scope());
        if (inScope.isEmpty()) {
            return Optional.empty();
        }
        CardinalRelease release = inScope.get();
        Optional<BidRatio> ratio = runs(FlagCode.R024) || runs(FlagCode.R058)
                ? BidRatio.of(release, settings.scope(), currency) : Optional.empty();
        List<ProcessFinding> findings = new ArrayList<>();
        local.values().forEach(indicator -> indicator.assess(release, currency).ifPresent(findings::add));
        Observation observation = new Observation(ratio,
                runs(FlagCode.R025) ? R025.observe(release) : Map.of(),
                runs(FlagCode.R038) ? Disqualifications.of(release) : Optional.empty(),
                runs(FlagCode.R048) ? R048.observe(release, settings.r048()) : Map.of());
        return Optional.of(new Assessment(release.ocid(), findings, observation));
    }

    /** The flags (R024, R058) that compare a process's observation with the population's statistics. */
    public List<ProcessFinding> populationFindings(Observation observation, PopulationStatistics statistics) {
        List<ProcessFinding> findings = new ArrayList<>();
        observation.bidRatio().ifPresent(ratio -> {
            if (runs(FlagCode.R024)) {
                R024.flag(ratio, statistics.bidRatios()).ifPresent(findings::add);
            }
            if (runs(FlagCode.R058)) {
                R058.flag(ratio, statistics.bidRatios()).ifPresent(findings::add);
            }
        });
        return findings;
    }

    private boolean runs(FlagCode code) {
        return settings.runs(code);
    }

    /**
     * What one compiled release gives.
     *
     * @param ocid        its ocid
     * @param findings    the flags it raises by itself
     * @param observation what it contributes to the population's statistics
     */
    public record Assessment(String ocid, List<ProcessFinding> findings, Observation observation) {

        public Assessment {
            findings = List.copyOf(findings);
        }
    }
}
