package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.Money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MX02, value above the threshold: a direct award or restricted invitation whose awards in force add up (in the
 * settings' currency) to more than the threshold set for its method and the year of its earliest award. Value: how
 * many times the threshold the amount is.
 */
public final class ThresholdExceeded {

    private ThresholdExceeded() {
    }

    public static Optional<Flag> assess(JsonNode release, MexicanFlagSettings settings) {
        MexicanMethod.Classified method = MexicanMethod.of(Fields.object(release, "tender"));
        if (method.method() != MexicanMethod.DIRECT_AWARD && method.method() != MexicanMethod.RESTRICTED_INVITATION) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean valued = false;
        Optional<Awards.Dated> earliest = Optional.empty();
        for (Awards.Award award : Awards.inForce(release)) {
            Optional<Money> value = Money.of(Fields.object(award.json(), "value"))
                    .filter(money -> money.currency().equals(settings.currency()));
            if (value.isPresent()) {
                total = total.add(value.get().amount());
                valued = true;
            }
            earliest = earlier(earliest, award.date());
        }
        if (!valued || earliest.isEmpty()) {
            return Optional.empty();
        }
        int year = earliest.get().day().getYear();
        Optional<BigDecimal> threshold = settings.thresholds().of(method.method(), year);
        if (threshold.isEmpty() || total.compareTo(threshold.get()) <= 0 || threshold.get().signum() <= 0) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        method.evidence().ifPresent(evidence::add);
        evidence.add(Evidence.of("awarded", new Money(total, settings.currency())));
        evidence.add(earliest.get().evidence());
        evidence.add(Evidence.of("threshold", new Money(threshold.get(), settings.currency()) + " (" + year + ")"));
        return Optional.of(new Flag(FlagCode.MX02, total.divide(threshold.get(), MathContext.DECIMAL64).doubleValue(),
                evidence));
    }

    static Optional<Awards.Dated> earlier(Optional<Awards.Dated> one, Optional<Awards.Dated> other) {
        if (one.isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return one;
        }
        LocalDate day = other.get().day();
        return day.isBefore(one.get().day()) ? other : one;
    }
}
