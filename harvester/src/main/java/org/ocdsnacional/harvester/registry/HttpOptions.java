package org.ocdsnacional.harvester.registry;

import java.time.Duration;
import java.util.Objects;

/**
 * How the harvester talks HTTP to one source.
 *
 * @param connectTimeout  time allowed to open a connection
 * @param readTimeout     time allowed between two reads of the response
 * @param callTimeout     time allowed for one whole request, body included
 * @param userAgent       the {@code User-Agent} header sent
 * @param maxBodyBytes    a response body larger than this is refused
 * @param politenessDelay pause between two requests to the source
 */
public record HttpOptions(Duration connectTimeout, Duration readTimeout, Duration callTimeout, String userAgent,
                          long maxBodyBytes, Duration politenessDelay) {

    /** Sent unless the registry says otherwise: who we are and where to read about us. */
    public static final String DEFAULT_USER_AGENT = "ocds-nacional/0.1 (+https://github.com/ocds-nacional)";

    /** Sent for {@code userAgent: browser}: some publishers answer 403 or 500 to anything else. */
    public static final String BROWSER_USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                    + "Chrome/126.0.0.0 Safari/537.36";

    /** What a source gets for every option it leaves out. */
    public static final HttpOptions DEFAULTS = new HttpOptions(Duration.ofSeconds(15), Duration.ofSeconds(60),
            Duration.ofMinutes(30), DEFAULT_USER_AGENT, 1L << 30, Duration.ofMillis(500));

    public HttpOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(politenessDelay, "politenessDelay");
    }

    /** The user agent for a registry value: {@code browser} is the shorthand for {@link #BROWSER_USER_AGENT}. */
    public static String userAgentFor(String value) {
        return value.equals("browser") ? BROWSER_USER_AGENT : value;
    }
}
