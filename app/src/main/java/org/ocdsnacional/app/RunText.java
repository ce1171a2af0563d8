package org.ocdsnacional.app;

import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.RunCounts;

import java.time.Duration;
import java.util.Locale;

/** A harvest run as a person reads it, in Spanish and English: its progress, and its summary once over. */
final class RunText {

    private RunText() {
    }

    /** One line of progress: requests, releases and bytes so far (plain numbers, for scripts that read them). */
    static String progress(HarvestRun run, Duration elapsed) {
        RunCounts counts = run.counts();
        return String.format(Locale.ROOT, "  … %d s: %d solicitudes, %d entregas / %d requests, %d releases, %s",
                elapsed.toSeconds(), counts.requests(), counts.releases(), counts.requests(), counts.releases(),
                size(counts.bytes()));
    }

    /** The summary of a finished run, several lines. */
    static String summary(HarvestRun run) {
        RunCounts counts = run.counts();
        Duration took = Duration.between(run.startedAt(), run.finishedAt().orElse(run.startedAt()));
        StringBuilder text = new StringBuilder();
        line(text, "Cosecha / Run %s: %s en / in %.1f s", run.runId(), run.state(), took.toMillis() / 1000.0);
        line(text, "  solicitudes / requests %,d (fallidas / failed %,d, reintentos / retried %,d, sin cambios / not "
                        + "modified %,d), %s, documentos sin cambios / unchanged documents %,d", counts.requests(),
                counts.failedRequests(), counts.http().retries(), counts.http().notModified(), size(counts.bytes()),
                counts.unchangedDocuments());
        line(text, "  entregas / releases %,d: nuevas / new %,d, cambiadas / changed %,d, sin cambios / unchanged "
                        + "%,d, repetidas / duplicates %,d; inválidas / invalid %,d, problemas / issues %,d",
                counts.releases(), counts.newReleases(), counts.changed(), counts.unchanged(), counts.duplicates(),
                counts.invalid(), counts.issues());
        line(text, "  procesos / processes %,d, retirados / withdrawn %,d", counts.processes(), counts.withdrawn());
        run.error().ifPresent(error -> line(text, "  primer error / first error: %s%s%n    %s", error.url(),
                error.status().map(status -> " (HTTP " + status + ")").orElse(""), error.reason()));
        return text.toString();
    }

    private static String size(long bytes) {
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%,d bytes", bytes)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static void line(StringBuilder text, String format, Object... values) {
        text.append(String.format(Locale.ROOT, format, values)).append(System.lineSeparator());
    }
}
