package org.ocdsnacional.web.publishers;

import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.HttpOutcomes;
import org.ocdsnacional.ocds.pipeline.RunCounts;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.web.http.PageContext;
import org.ocdsnacional.web.process.Fact;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Harvest runs and schedules as people read them. */
final class RunViews {

    private static final Pattern DAILY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\?");

    private RunViews() {
    }

    static RunView of(HarvestRun run, PageContext ctx) {
        RunCounts counts = run.counts();
        List<Fact> figures = new ArrayList<>();
        figure(figures, ctx, "run.releases", counts.releases());
        figure(figures, ctx, "run.new", counts.newReleases());
        figure(figures, ctx, "run.changed", counts.changed());
        figure(figures, ctx, "run.unchanged", counts.unchanged());
        figure(figures, ctx, "run.withdrawn", counts.withdrawn());
        figure(figures, ctx, "run.invalid", counts.invalid());
        figure(figures, ctx, "run.processes", counts.processes());
        List<Fact> http = new ArrayList<>();
        HttpOutcomes outcomes = counts.http();
        figure(http, ctx, "run.requests", counts.requests());
        figure(http, ctx, "run.http.succeeded", outcomes.succeeded());
        figure(http, ctx, "run.http.not-modified", outcomes.notModified());
        figure(http, ctx, "run.http.retries", outcomes.retries());
        figure(http, ctx, "run.http.client-errors", outcomes.clientErrors());
        figure(http, ctx, "run.http.server-errors", outcomes.serverErrors());
        figure(http, ctx, "run.http.network-errors", outcomes.networkErrors());
        figure(http, ctx, "run.http.refused", outcomes.refused());
        Optional<String> error = run.error().map(failure -> failure.reason()
                + (failure.url().isEmpty() ? "" : " — " + failure.url())
                + failure.status().map(status -> " (HTTP " + status + ")").orElse(""));
        String duration = run.finishedAt().map(end -> duration(Duration.between(run.startedAt(), end))).orElse("—");
        return new RunView(run.runId(), ctx.formats().dateTime(run.startedAt()), duration,
                ctx.label("run.trigger", run.trigger().name()), ctx.label("run.state", run.state().name()),
                tone(run.state()), figures, http, error);
    }

    static String tone(RunState state) {
        return switch (state) {
            case SUCCEEDED -> "good";
            case FAILED -> "bad";
            case RUNNING -> "neutral";
            default -> "warn";
        };
    }

    /** A Quartz cron of a daily harvest as "daily at 03:00"; any other cron as written. */
    static String schedule(String cron, PageContext ctx) {
        Matcher daily = DAILY.matcher(cron.trim());
        if (daily.matches()) {
            return ctx.t("source.daily", String.format("%02d:%02d", Integer.parseInt(daily.group(2)),
                    Integer.parseInt(daily.group(1))));
        }
        return ctx.t("source.cron", cron);
    }

    private static void figure(List<Fact> facts, PageContext ctx, String key, long value) {
        facts.add(Fact.of(ctx.t(key), ctx.formats().number(value)));
    }

    private static String duration(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }
}
