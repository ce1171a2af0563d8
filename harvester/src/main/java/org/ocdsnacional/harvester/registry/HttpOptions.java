package org.ocdsnacional.harvester.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * How the harvester talks HTTP to one source.
 *
 * @param connectTimeout        time allowed to open a connection
 * @param readTimeout           time allowed between two reads of the response
 * @param callTimeout           time allowed for one whole request, body included (a slow drip ends here)
 * @param userAgent             the {@code User-Agent} header sent
 * @param maxBodyBytes          a response body larger than this is refused
 * @param maxUnpackedBytes      a ZIP or GZIP body that unpacks to more than this is refused (zip and gzip bombs)
 * @param politenessDelay       pause between two requests to the same host
 * @param maxConnectionsPerHost requests in flight at once to the same host
 * @param maxAttempts           attempts of one request before giving up (5xx, 429 and I/O errors are retried)
 * @param retryDelay            wait before the first retry; doubled at each retry, with jitter
 * @param maxRetryDelay         longest wait before a retry, and longest {@code Retry-After} honoured
 * @param maxRedirects          redirects followed for one request
 * @param allowPrivateAddresses whether URLs that the source's documents or redirects lead to may resolve to
 *                              loopback or private addresses (the hosts written in the registry always may)
 * @param minTransferRate       bytes per second a body must come at, measured over {@code transferRateWindow}
 *                              from its first byte; a slower body is abandoned (0: no minimum)
 * @param transferRateWindow    the time over which the rate is measured
 */
public record HttpOptions(Duration connectTimeout, Duration readTimeout, Duration callTimeout, String userAgent,
                          long maxBodyBytes, long maxUnpackedBytes, Duration politenessDelay,
                          int maxConnectionsPerHost, int maxAttempts, Duration retryDelay, Duration maxRetryDelay,
                          int maxRedirects, boolean allowPrivateAddresses, long minTransferRate,
                          Duration transferRateWindow) {

    /** Sent unless the registry says otherwise: who we are and where to read about us. */
    public static final String DEFAULT_USER_AGENT = "ocds-nacional/0.1 (+https://github.com/ocds-nacional)";

    /** Sent for {@code userAgent: browser}: some publishers answer 403 or 500 to anything else. */
    public static final String BROWSER_USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/126.0.0.0 Safari/537.36";

    /** What a source gets for every option it leaves out. */
    public static final HttpOptions DEFAULTS = new HttpOptions(Duration.ofSeconds(15), Duration.ofSeconds(60),
            Duration.ofMinutes(30), DEFAULT_USER_AGENT, 1L << 30, 8L << 30, Duration.ofMillis(500), 1, 4,
            Duration.ofSeconds(2), Duration.ofMinutes(5), 5, false, 1024, Duration.ofSeconds(60));

    public HttpOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(politenessDelay, "politenessDelay");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(transferRateWindow, "transferRateWindow");
        if (maxConnectionsPerHost < 1 || maxAttempts < 1 || maxRedirects < 0 || minTransferRate < 0) {
            throw new IllegalArgumentException("maxConnectionsPerHost and maxAttempts must be at least 1, "
                    + "maxRedirects and minTransferRate at least 0");
        }
    }

    /** The user agent for a registry value: {@code browser} is the shorthand for {@link #BROWSER_USER_AGENT}. */
    public static String userAgentFor(String value) {
        return value.equals("browser") ? BROWSER_USER_AGENT : value;
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes some options of a copy. */
    public static final class Builder {
        private Duration connectTimeout;
        private Duration readTimeout;
        private Duration callTimeout;
        private String userAgent;
        private long maxBodyBytes;
        private long maxUnpackedBytes;
        private Duration politenessDelay;
        private int maxConnectionsPerHost;
        private int maxAttempts;
        private Duration retryDelay;
        private Duration maxRetryDelay;
        private int maxRedirects;
        private boolean allowPrivateAddresses;
        private long minTransferRate;
        private Duration transferRateWindow;

        private Builder(HttpOptions from) {
            connectTimeout = from.connectTimeout;
            readTimeout = from.readTimeout;
            callTimeout = from.callTimeout;
            userAgent = from.userAgent;
            maxBodyBytes = from.maxBodyBytes;
            maxUnpackedBytes = from.maxUnpackedBytes;
            politenessDelay = from.politenessDelay;
            maxConnectionsPerHost = from.maxConnectionsPerHost;
            maxAttempts = from.maxAttempts;
            retryDelay = from.retryDelay;
            maxRetryDelay = from.maxRetryDelay;
            maxRedirects = from.maxRedirects;
            allowPrivateAddresses = from.allowPrivateAddresses;
            minTransferRate = from.minTransferRate;
            transferRateWindow = from.transferRateWindow;
        }

        public Builder connectTimeout(Duration value) {
            connectTimeout = value;
            return this;
        }

        public Builder readTimeout(Duration value) {
            readTimeout = value;
            return this;
        }

        public Builder callTimeout(Duration value) {
            callTimeout = value;
            return this;
        }

        public Builder userAgent(String value) {
            userAgent = value;
            return this;
        }

        public Builder maxBodyBytes(long value) {
            maxBodyBytes = value;
            return this;
        }

        public Builder maxUnpackedBytes(long value) {
            maxUnpackedBytes = value;
            return this;
        }

        public Builder politenessDelay(Duration value) {
            politenessDelay = value;
            return this;
        }

        public Builder maxConnectionsPerHost(int value) {
            maxConnectionsPerHost = value;
            return this;
        }

        public Builder maxAttempts(int value) {
            maxAttempts = value;
            return this;
        }

        public Builder retryDelay(Duration value) {
            retryDelay = value;
            return this;
        }

        public Builder maxRetryDelay(Duration value) {
            maxRetryDelay = value;
            return this;
        }

        public Builder maxRedirects(int value) {
            maxRedirects = value;
            return this;
        }

        public Builder allowPrivateAddresses(boolean value) {
            allowPrivateAddresses = value;
            return this;
        }

        public Builder minTransferRate(long bytesPerSecond) {
            minTransferRate = bytesPerSecond;
            return this;
        }

        public Builder transferRateWindow(Duration value) {
            transferRateWindow = value;
            return this;
        }

        public HttpOptions build() {
            return new HttpOptions(connectTimeout, readTimeout, callTimeout, userAgent, maxBodyBytes,
                    maxUnpackedBytes, politenessDelay, maxConnectionsPerHost, maxAttempts, retryDelay,
                    maxRetryDelay, maxRedirects, allowPrivateAddresses, minTransferRate, transferRateWindow);
        }
    }
}
