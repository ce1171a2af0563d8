package org.ocdsnacional.harvester.registry;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What kind of value a protocol parameter takes, and how each value is checked.
 *
 * @param isList whether the parameter takes a list of values
 * @param check  what is wrong with one value, if anything
 */
record ParameterType(boolean isList, Function<String, Optional<String>> check) {

    /** Any text. */
    static final ParameterType TEXT = new ParameterType(false, value -> Optional.empty());
    /** An http(s) or {@code file:} URL; {@code {year}}-style placeholders are allowed. */
    static final ParameterType URL = new ParameterType(false, value -> Urls.problem(value, true));
    /** A URL that paths are appended to: no query, no fragment. */
    static final ParameterType BASE_URL = new ParameterType(false, value -> Urls.problem(value, false));
    /** A list of URLs. */
    static final ParameterType URLS = new ParameterType(true, value -> Urls.problem(value, true));
    /** A list of texts. */
    static final ParameterType TEXTS = new ParameterType(true, value -> Optional.empty());
    /** A list of four-digit years. */
    static final ParameterType YEARS = new ParameterType(true,
            value -> value.matches("\\d{4}") ? Optional.empty() : Optional.of("\"" + value + "\" is not a year"));
    /** A positive whole number. */
    static final ParameterType INTEGER = new ParameterType(false, ParameterType::positiveInteger);
    /** A calendar date, {@code 2021-12-31}. */
    static final ParameterType DATE = new ParameterType(false, ParameterType::date);
    /** {@code true} or {@code false}. */
    static final ParameterType BOOLEAN = oneOf("true", "false");
    /** The name of an environment variable that holds a secret (the secret itself never goes in the registry). */
    static final ParameterType ENV_NAME = new ParameterType(false, value -> value.matches("[A-Z_][A-Z0-9_]*")
            ? Optional.empty()
            : Optional.of("\"" + value + "\" is not an environment variable name (upper case, digits, _)"));

    /** One of the given words. */
    static ParameterType oneOf(String... words) {
        List<String> allowed = List.of(words);
        return new ParameterType(false, value -> allowed.contains(value) ? Optional.empty()
                : Optional.of("\"" + value + "\" is not one of " + String.join(", ", allowed)));
    }

    /** What is wrong with one value, if anything. */
    Optional<String> problem(String value) {
        return check.apply(value);
    }

    private static Optional<String> positiveInteger(String value) {
        return value.matches("[1-9]\\d{0,8}") ? Optional.empty()
                : Optional.of("\"" + value + "\" is not a positive whole number");
    }

    private static Optional<String> date(String value) {
        try {
            LocalDate.parse(value);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("\"" + value + "\" is not a date (YYYY-MM-DD)");
        }
    }

    /** URL checks shared by the URL types. */
    private static final class Urls {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
        private static final Set<String> SCHEMES = Set.of("http", "https", "file");

        static Optional<String> problem(String text, boolean queryAllowed) {
            URI uri;
            try {
                uri = new URI(PLACEHOLDER.matcher(text).replaceAll("0"));
            } catch (URISyntaxException e) {
                return Optional.of("\"" + text + "\" is not a valid URL: " + e.getReason());
            }
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme())) {
                return Optional.of("\"" + text + "\" must start with http://, https:// or file:");
            }
            if (!queryAllowed && (uri.getRawQuery() != null || uri.getRawFragment() != null)) {
                return Optional.of("\"" + text + "\" is a base URL: it cannot carry a query (?) or fragment (#)");
            }
            return uri.getScheme().equals("file") ? fileProblem(text, uri) : hostProblem(text, uri);
        }

        private static Optional<String> hostProblem(String text, URI uri) {
            return uri.getHost() == null ? Optional.of("\"" + text + "\" has no valid host name") : Optional.empty();
        }

        private static Optional<String> fileProblem(String text, URI uri) {
            try {
                Path.of(uri);
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.of("\"" + text + "\" is not an absolute file URL (file:///path/to/file.json)");
            }
        }
    }
}
