package org.ocdsnacional.harvester.http;

import org.ocdsnacional.harvester.http.FetchObserver.Attempt;
import org.ocdsnacional.harvester.registry.HttpOptions;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries what may succeed later (I/O errors, 408, 429, 5xx): up to the source's attempts, waiting the server's
 * {@code Retry-After} when it gives one, otherwise an exponential backoff with jitter (half to all of
 * {@code retryDelay × 2^(n-1)}, at most {@code maxRetryDelay}). A {@code Retry-After} longer than
 * {@code maxRetryDelay} is not waited for: the request fails and says so.
 */
final class RetryingFetcher implements Fetcher {

    private final Fetcher inner;
    private final HttpOptions options;
    private final FetchObserver observer;

    RetryingFetcher(Fetcher inner, FetchContext context) {
        this.inner = inner;
        this.options = context.options();
        this.observer = context.observer();
    }

    @Override
    public FetchOutcome fetch(FetchRequest request) throws FetchException {
        for (int attempt = 1; ; attempt++) {
            try {
                return inner.fetch(request);
            } catch (FetchException e) {
                if (!e.retryable() || attempt >= options.maxAttempts()) {
                    throw attempt > 1 ? e.after(attempt) : e;
                }
                pause(e, attempt);
            }
        }
    }

    private void pause(FetchException failure, int attempt) throws FetchException {
        Duration wait = failure.retryAfter().orElseGet(() -> backoff(attempt));
        if (wait.compareTo(options.maxRetryDelay()) > 0) {
            throw FetchException.status(failure.url(), failure.status().orElse(0),
                    failure.reason() + "; " + FailureReasons.waitTooLong(wait, options.maxRetryDelay()),
                    failure.detail(), Optional.empty());
        }
        observer.attempt(Attempt.RETRY);
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.refused(failure.url(), FailureReasons.interrupted());
        }
    }

    private Duration backoff(int attempt) {
        long base = options.retryDelay().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, options.maxRetryDelay().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }
}
