package org.ocdsnacional.analytics.release;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a process's releases tell beyond its compiled release: when it was first published, and the value each
 * contract had when it was first published. Plain values a process document can carry; unknown when only the
 * compiled release is at hand.
 *
 * @param firstReleaseDate    the {@code date} of the earliest release, as published
 * @param firstContractValues by contract id, the value the contract had in the earliest release that has one
 */
public record PublicationHistory(Optional<String> firstReleaseDate, Map<String, Money> firstContractValues) {

    public static final PublicationHistory UNKNOWN = new PublicationHistory(Optional.empty(), Map.of());

    /** Releases by day in Mexico City, then by instant; undated ones last, in their order. */
    private static final Comparator<JsonNode> EARLIEST_FIRST = Comparator
            .comparing(PublicationHistory::day, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(PublicationHistory::instant, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    public PublicationHistory {
        firstContractValues = Map.copyOf(firstContractValues);
    }

    /** The history the releases of one process tell (a compiled release alone tells nothing). */
    public static PublicationHistory of(List<JsonNode> releases) {
        List<JsonNode> published = releases.stream().filter(release -> !isCompiled(release)).toList();
        if (published.isEmpty()) {
            return UNKNOWN;
        }
        List<JsonNode> ordered = published.stream().sorted(EARLIEST_FIRST).toList();
        Map<String, Money> values = new HashMap<>();
        for (JsonNode release : ordered) {
            for (JsonNode contract : Fields.array(release, "contracts")) {
                Optional<String> id = Fields.id(contract, "id");
                Optional<Money> value = Money.of(Fields.object(contract, "value"));
                if (id.isPresent() && value.isPresent()) {
                    values.putIfAbsent(id.get(), value.get());
                }
            }
        }
        Optional<String> first = ordered.stream().filter(release -> day(release) != null).findFirst()
                .flatMap(release -> Fields.text(release, "date"));
        return new PublicationHistory(first, values);
    }

    /** The first release's calendar day in Mexico City. */
    public Optional<LocalDate> firstPublished() {
        return firstReleaseDate.flatMap(CalendarDates::of);
    }

    private static Instant instant(JsonNode release) {
        return Fields.text(release, "date").flatMap(Rfc3339::parse).orElse(null);
    }

    private static LocalDate day(JsonNode release) {
        return Fields.text(release, "date").flatMap(CalendarDates::of).orElse(null);
    }

    private static boolean isCompiled(JsonNode release) {
        for (JsonNode tag : release.path("tag")) {
            if ("compiled".equals(tag.asText())) {
                return true;
            }
        }
        return false;
    }
}
