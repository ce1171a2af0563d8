package org.ocdsnacional.harvester.schedule;

import org.ocdsnacional.harvester.registry.Source;
import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Which active sources are overdue at start-up and when each is harvested: never harvested ones first, then the
 * longest without a success, one every {@link CatchUp#interval()} from {@link CatchUp#delay()} on. A source whose
 * next scheduled time comes before its turn is left to its schedule.
 */
final class CatchUpPlan {

    /** An active source, its schedule read in the scheduler's zone, and its last success. */
    private record Candidate(Source source, CronExpression cron, Optional<Instant> lastSuccess) {

        /** Never harvested, or a scheduled time has passed since the last success. */
        boolean overdueAt(Instant now) {
            return lastSuccess.map(success -> !next(success).isAfter(now)).orElse(true);
        }

        Instant next(Instant after) {
            Date next = cron.getNextValidTimeAfter(Date.from(after));
            return next == null ? Instant.MAX : next.toInstant();
        }
    }

    private CatchUpPlan() {
    }

    static List<CatchUpRun> of(List<Source> sources, Map<String, Instant> lastSuccesses, Instant now,
                               CatchUp catchUp, ZoneId zone) {
        List<Candidate> overdue = sources.stream()
                .filter(Source::isActive)
                .map(source -> new Candidate(source, cron(source, zone),
                        Optional.ofNullable(lastSuccesses.get(source.id()))))
                .filter(candidate -> candidate.overdueAt(now))
                .sorted(Comparator.comparing(candidate -> candidate.lastSuccess().orElse(Instant.MIN)))
                .toList();
        List<CatchUpRun> plan = new ArrayList<>();
        for (Candidate candidate : overdue) {
            Instant at = now.plus(catchUp.delay()).plus(catchUp.interval().multipliedBy(plan.size()));
            if (candidate.next(now).isAfter(at)) {
                plan.add(new CatchUpRun(candidate.source().id(), at, candidate.lastSuccess()));
            }
        }
        return plan;
    }

    private static CronExpression cron(Source source, ZoneId zone) {
        try {
            CronExpression cron = new CronExpression(source.schedule());
            cron.setTimeZone(TimeZone.getTimeZone(zone));
            return cron;
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid schedule of " + source.id() + ": " + source.schedule(), e);
        }
    }
}
