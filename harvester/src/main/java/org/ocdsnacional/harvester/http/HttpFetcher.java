package org.ocdsnacional.harvester.http;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.ocdsnacional.harvester.http.FetchObserver.Attempt;
import org.ocdsnacional.harvester.registry.HttpOptions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One attempt of one request under a source's HTTP policy, over OkHttp: its timeouts and user agent, the host's
 * politeness gate, conditional requests, redirects followed by hand (bounded, never into a loop, never to a private
 * address the source did not allow) and a cap on the body, which is streamed to a temporary file and hashed,
 * never held in memory. {@code file:} URLs are read in place.
 */
public final class HttpFetcher implements Fetcher {

    private static final String ACCEPT = "application/json, */*;q=0.8";
    private static final int ERROR_SNIPPET_BYTES = 1024;

    private final OkHttpClient client;
    private final FetchContext context;
    private final AddressPolicy policy;
    private final HostGates gates;
    private final BodyFiles bodies;
    private final Clock clock;

    private HttpFetcher(OkHttpClient client, FetchContext context, AddressPolicy policy, HostGates gates,
                        BodyFiles bodies, Clock clock) {
        this.client = client;
        this.context = context;
        this.policy = policy;
        this.gates = gates;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** Fetchers that share one OkHttp connection pool and one set of host gates, writing bodies under
     * {@code workDir} (created here). Each fetcher retries as its source's options say. */
    public static FetcherFactory factory(Path workDir) throws IOException {
        return factory(new OkHttpClient(), workDir, Clock.systemUTC());
    }

    /** Fetchers derived from {@code shared} (its pool and dispatcher), writing bodies under {@code workDir}. */
    public static FetcherFactory factory(OkHttpClient shared, Path workDir, Clock clock) throws IOException {
        Files.createDirectories(workDir);
        HostGates gates = new HostGates();
        BodyFiles bodies = new BodyFiles(workDir);
        return context -> {
            AddressPolicy policy = AddressPolicy.of(context);
            HttpFetcher single = new HttpFetcher(configured(shared, context.options(), policy), context, policy,
                    gates, bodies, clock);
            return new RetryingFetcher(single, context);
        };
    }

    @Override
    public FetchOutcome fetch(FetchRequest request) throws FetchException {
        String scheme = String.valueOf(request.url().getScheme());
        return switch (scheme) {
            case "http", "https" -> exchange(request);
            case "file" -> local(request);
            default -> throw refuse(request.url(), FailureReasons.unsupported(scheme));
        };
    }

    private FetchOutcome local(FetchRequest request) throws FetchException {
        URI url = request.url();
        if (!context.trustedFiles().contains(url.normalize())) {
            throw refuse(url, "Solo se leen los archivos escritos en el registro / Only files written in the "
                    + "registry are read: " + url);
        }
        if (isSpecialFile(url)) {
            throw refuse(url, "No es un archivo regular / Not a regular file: " + url);
        }
        FetchOutcome outcome = bodies.local(request);
        context.observer().attempt(outcome instanceof Fetched ? Attempt.SUCCEEDED : Attempt.NOT_MODIFIED);
        return outcome;
    }

    private FetchOutcome exchange(FetchRequest first) throws FetchException {
        FetchRequest request = first;
        Set<URI> visited = new HashSet<>(Set.of(first.url()));
        for (int redirects = 0; ; redirects++) {
            checkAddress(request.url());
            Step step = once(request);
            if (step instanceof Step.Done done) {
                return askedFor(first.url(), done.outcome());
            }
            FetchRequest next = ((Step.Redirect) step).next();
            if (redirects >= context.options().maxRedirects()) {
                throw refuse(first.url(), FailureReasons.tooManyRedirects(context.options().maxRedirects()));
            }
            if (!visited.add(next.url())) {
                throw refuse(first.url(), FailureReasons.redirectLoop(next.url()));
            }
            request = next;
        }
    }

    /** The outcome under the URL asked for: a redirect does not change which document this is. */
    private static FetchOutcome askedFor(URI url, FetchOutcome outcome) {
        return switch (outcome) {
            case Fetched f -> new Fetched(url, f.status(), f.file(), f.bytes(), f.temporary(), f.validators(),
                    f.contentType(), f.sha256(), f.authenticated());
            case FetchOutcome.NotModified notModified -> new FetchOutcome.NotModified(url);
        };
    }

    private Step once(FetchRequest request) throws FetchException {
        HttpOptions options = context.options();
        try (HostGates.Pass pass = gates.enter(request.url(), options.maxConnectionsPerHost(),
                options.politenessDelay());
             Response response = client.newCall(okRequest(request)).execute()) {
            return answer(request, response);
        } catch (MinimumRate.TooSlow slow) {
            throw refuse(request.url(), FailureReasons.tooSlow(slow.bytes(), slow.over(), slow.minimum()));
        } catch (IOException e) {
            context.observer().attempt(Attempt.NETWORK_ERROR);
            throw FetchException.of(request.url(), FailureReasons.of(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refuse(request.url(), FailureReasons.interrupted());
        }
    }

    private Step answer(FetchRequest request, Response response) throws IOException, FetchException {
        if (response.isRedirect()) {
            context.observer().attempt(Attempt.REDIRECT);
            return new Step.Redirect(redirect(request, response));
        }
        if (response.code() == 304) {
            context.observer().attempt(Attempt.NOT_MODIFIED);
            return new Step.Done(new FetchOutcome.NotModified(request.url()));
        }
        if (!response.isSuccessful()) {
            context.observer().attempt(response.code() >= 500 ? Attempt.SERVER_ERROR : Attempt.CLIENT_ERROR);
            throw failedStatus(request, response);
        }
        Fetched fetched = bodies.save(request, response, context.options(), this::refuse);
        context.observer().attempt(Attempt.SUCCEEDED);
        return new Step.Done(fetched);
    }

    /**
     * The failure of an error status. The body of an answer to an authenticated request is never read: it may echo
     * the credentials (a token endpoint's "invalid_grant for request: ...password=..."). Any other body is what
     * anyone asking the same URL gets; its start is quoted, redacted, in the reason, a little more of it in the
     * operator's detail.
     */
    private FetchException failedStatus(FetchRequest request, Response response) throws IOException {
        int code = response.code();
        String type = String.valueOf(response.header("Content-Type", "unknown"));
        Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
        if (request.authenticated()) {
            return FetchException.status(request.url(), code, FailureReasons.status(code, ""),
                    request.method() + ", authenticated: body not kept (" + type + ", "
                            + response.body().contentLength() + " bytes)", retryAfter);
        }
        String start = errorStart(response);
        return FetchException.status(request.url(), code, FailureReasons.status(code, start),
                request.method() + ", " + type + ": " + FailureReasons.snippet(start, ERROR_SNIPPET_BYTES),
                retryAfter);
    }

    /** The first kilobyte of an error body, held to the minimum rate like any body. */
    private String errorStart(Response response) throws IOException {
        HttpOptions options = context.options();
        try (InputStream in = MinimumRate.of(response.body().byteStream(), options.minTransferRate(),
                options.transferRateWindow())) {
            return new String(in.readNBytes(ERROR_SNIPPET_BYTES), StandardCharsets.UTF_8);
        }
    }

    private FetchRequest redirect(FetchRequest request, Response response) throws FetchException {
        String location = response.header("Location");
        Optional<URI> target = Optional.ofNullable(location).flatMap(value -> resolve(request.url(), value));
        if (target.isEmpty() || !target.get().getScheme().matches("https?")) {
            throw refuse(request.url(), FailureReasons.badRedirect(String.valueOf(location)));
        }
        boolean asGet = response.code() == 303 || (request.method().equals("POST") && response.code() <= 302);
        return request.redirectedTo(target.get(), asGet);
    }

    private static Optional<URI> resolve(URI base, String location) {
        try {
            URI target = base.resolve(location.strip());
            return target.getScheme() == null || target.getHost() == null ? Optional.empty() : Optional.of(target);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void checkAddress(URI url) throws FetchException {
        try {
            policy.check(url);
        } catch (FetchException refused) {
            context.observer().attempt(Attempt.REFUSED);
            throw refused;
        }
    }

    /** A folder, a device or a pipe: never read (a missing file is reported as such by the read itself). */
    private static boolean isSpecialFile(URI url) {
        try {
            Path path = Path.of(url);
            return Files.exists(path) && !Files.isRegularFile(path);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private FetchException refuse(URI url, String reason) {
        context.observer().attempt(Attempt.REFUSED);
        return FetchException.refused(url, reason);
    }

    private Request okRequest(FetchRequest request) {
        Request.Builder builder = new Request.Builder().url(request.url().toString())
                .header("User-Agent", context.options().userAgent())
                .header("Accept", ACCEPT);
        request.headers().forEach(builder::header);
        request.conditional().etag().ifPresent(etag -> builder.header("If-None-Match", etag));
        request.conditional().lastModified().ifPresent(date -> builder.header("If-Modified-Since", date));
        request.body().ifPresent(payload -> builder.post(
                RequestBody.create(payload.text().getBytes(StandardCharsets.UTF_8), MediaType.get(payload.mediaType()))));
        return builder.build();
    }

    /**
     * The source's client. OkHttp's own recovery stays on for what is no failure of the publisher: a pooled
     * connection the server had closed (HTTP/1.0 servers, short keep-alive timeouts) is replaced by a new one at
     * once, instead of failing the request into a retry after the retry delay. Redirects are followed here, by hand.
     */
    private static OkHttpClient configured(OkHttpClient shared, HttpOptions options, AddressPolicy policy) {
        return shared.newBuilder()
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                .callTimeout(options.callTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(true)
                .dns(policy.dns())
                .build();
    }

    /** What one exchange led to: an outcome, or a redirect to follow. */
    private sealed interface Step {
        record Done(FetchOutcome outcome) implements Step {
        }

        record Redirect(FetchRequest next) implements Step {
        }
    }
}
