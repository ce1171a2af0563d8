package org.ocdsnacional.harvester.http;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of a text or a URL whatever looks like a credential, before it is stored in a run, shown to anyone or
 * logged: bearer and basic tokens, JSON web tokens, passwords in URLs, and the values of fields, form fields, query
 * parameters and headers whose names say they are secret ({@code password}, {@code client_secret},
 * {@code access_token}, {@code api_key}, {@code X-Amz-Signature}...). What is left says what happened without the
 * secret: {@code password=[REDACTED]}.
 */
public final class Redaction {

    /** What replaces a secret. */
    public static final String MASK = "[REDACTED]";

    private static final String SECRET_NAME = "(?:[\\w.-]*(?:passw(?:or)?d|secret|token|api[_-]?key|apikey"
            + "|credential|signature|session[_-]?id|jwt|private[_-]?key|access[_-]?key|authori[sz]ation"
            + "|authentication|cookie)[\\w.-]*|pwd|pass|auth|key|sig)";
    private static final Pattern NAME = Pattern.compile("(?i)" + SECRET_NAME);
    private static final Pattern SCHEME_TOKEN = Pattern.compile(
            "(?i)\\b(Bearer|Basic|Digest|Negotiate|Token)(\\s+)[A-Za-z0-9._~+/=-]{6,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^\\s/?#@]+@");
    private static final Pattern QUOTED_FIELD = Pattern.compile(
            "(?i)([\"']" + SECRET_NAME + "[\"']\\s*[:=]\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s,;}\\]]+)");
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?i)(?<![\\w.-])(" + SECRET_NAME + ")(\\s*[=:]\\s*)(?!" + Pattern.quote(MASK) + ")"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s&,;\"'<>)}\\]]+)");

    private Redaction() {
    }

    /** Whether a field, parameter or header of this name holds a secret. */
    public static boolean isSecretName(String name) {
        return NAME.matcher(name).matches();
    }

    /** {@code text} without anything that looks like a credential. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = USER_INFO.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
        redacted = JWT.matcher(redacted).replaceAll(Matcher.quoteReplacement(MASK));
        redacted = SCHEME_TOKEN.matcher(redacted).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
        redacted = QUOTED_FIELD.matcher(redacted).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
        return ASSIGNMENT.matcher(redacted).replaceAll("$1$2" + Matcher.quoteReplacement(MASK));
    }

    /** {@code url} as it may be shown: no user or password, no value of a query parameter with a secret's name. */
    public static String url(URI url) {
        return url == null ? "" : text(url.toString());
    }

    /** {@code url} as it may be shown (see {@link #url(URI)}). */
    public static String url(String url) {
        return text(url);
    }

    /**
     * A copy of {@code failure} for a log: the same class name, stack trace and causes, every message redacted. The
     * copy is never thrown.
     */
    public static Throwable throwable(Throwable failure) {
        return throwable(failure, 0);
    }

    private static Throwable throwable(Throwable failure, int depth) {
        if (failure == null || depth > 8) {
            return null;
        }
        Redacted copy = new Redacted(failure.getClass().getName() + ": " + text(failure.getMessage()),
                throwable(failure.getCause(), depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** A failure as a log may show it: its class name and redacted message, its stack trace. */
    private static final class Redacted extends Exception {
        Redacted(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
