package org.ocdsnacional.analytics.national;

import org.ocdsnacional.analytics.cardinal.Observation;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.flag.Group;
import org.ocdsnacional.analytics.mx.DirectAward;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one process adds to the national population: Cardinal's observation with every organization resolved across
 * publishers ({@code MX-RFC-…}, {@code nombre:…}), and its direct awards that may be split purchases (MX03).
 *
 * @param cardinal     bid ratio (R024, R058), tenderers' outcomes (R025), disqualifications (R038) and
 *                     classifications (R048), by organization id
 * @param directAwards its direct awards at or below the threshold of their year
 */
public record NationalObservation(Observation cardinal, List<DirectAward> directAwards) {

    public static final NationalObservation NONE = new NationalObservation(Observation.NONE, List.of());

    public NationalObservation {
        directAwards = List.copyOf(directAwards);
    }

    /** Whether it adds anything to the population's statistics (R024, R025, R038, R048, R058). */
    public boolean countsInStatistics() {
        return cardinal.bidRatio().isPresent() || !cardinal.tendererOutcomes().isEmpty()
                || cardinal.disqualifications().isPresent() || !cardinal.classifications().isEmpty();
    }

    /**
     * The organizations whose flags on organizations (R025, R038, R048) the process carries, by flag: each as
     * {@link #subject}. A process carries such a flag when one of these is flagged.
     */
    public Map<FlagCode, Set<String>> subjects() {
        Map<FlagCode, Set<String>> subjects = new EnumMap<>(FlagCode.class);
        Set<String> r025 = new LinkedHashSet<>();
        cardinal.tendererOutcomes().keySet().forEach(id -> r025.add(subject(Group.TENDERER, id)));
        Set<String> r038 = new LinkedHashSet<>();
        cardinal.disqualifications().ifPresent(process -> {
            process.buyer().ifPresent(id -> r038.add(subject(Group.BUYER, id)));
            process.procuringEntity().ifPresent(id -> r038.add(subject(Group.PROCURING_ENTITY, id)));
            process.tenderers().keySet().forEach(id -> r038.add(subject(Group.TENDERER, id)));
        });
        Set<String> r048 = new LinkedHashSet<>();
        cardinal.classifications().keySet().forEach(id -> r048.add(subject(Group.TENDERER, id)));
        put(subjects, FlagCode.R025, r025);
        put(subjects, FlagCode.R038, r038);
        put(subjects, FlagCode.R048, r048);
        return subjects;
    }

    /** An organization in a group, as flags on organizations are keyed: {@code Tenderer:MX-RFC-…}. */
    public static String subject(Group group, String orgId) {
        return group.label() + ":" + orgId;
    }

    private static void put(Map<FlagCode, Set<String>> subjects, FlagCode code, Set<String> ids) {
        if (!ids.isEmpty()) {
            subjects.put(code, Set.copyOf(ids));
        }
    }
}
