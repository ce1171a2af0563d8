package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.PublicationHistory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The Mexican flags with one set of settings and one reference-list lookup: those a process raises by itself
 * ({@link #assess}), and possible split purchases over the direct awards of a population ({@link #splitPurchases}).
 * Immutable and thread-safe when the lookup is.
 */
public final class MexicanFlags {

    private final MexicanFlagSettings settings;
    private final ReferenceList lists;

    public MexicanFlags(MexicanFlagSettings settings, ReferenceList lists) {
        this.settings = settings;
        this.lists = lists;
    }

    public MexicanFlagSettings settings() {
        return settings;
    }

    /** MX01, MX02, MX04, MX05 and MX06, as enabled, for one compiled release and its publication history. */
    public List<Flag> assess(JsonNode compiled, PublicationHistory history) {
        List<Flag> flags = new ArrayList<>();
        if (settings.runs(FlagCode.MX01)) {
            NewlyIncorporatedSupplier.assess(compiled, settings).ifPresent(flags::add);
        }
        if (settings.runs(FlagCode.MX02)) {
            ThresholdExceeded.assess(compiled, settings).ifPresent(flags::add);
        }
        if (settings.runs(FlagCode.MX04)) {
            LatePublication.assess(compiled, history, settings).ifPresent(flags::add);
        }
        if (settings.runs(FlagCode.MX05)) {
            AmendmentIncrease.assess(compiled, history, settings).ifPresent(flags::add);
        }
        if (settings.runs(FlagCode.MX06)) {
            ReferenceListSupplier.assess(compiled, lists, settings).ifPresent(flags::add);
        }
        return flags;
    }

    /** The direct awards of a process that may be part of a split purchase (none when MX03 is off). */
    public List<DirectAward> splitCandidates(JsonNode compiled) {
        if (!settings.runs(FlagCode.MX03) || settings.thresholds().isEmpty()) {
            return List.of();
        }
        return DirectAward.of(compiled, settings.currency()).stream()
                .filter(award -> SplitPurchases.candidate(award, settings)).toList();
    }

    /** MX03 over the direct awards of a population, by ocid. */
    public Map<String, Flag> splitPurchases(Collection<DirectAward> awards) {
        return settings.runs(FlagCode.MX03) ? SplitPurchases.assess(awards, settings) : Map.of();
    }
}
