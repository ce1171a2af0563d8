package org.ocdsnacional.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an answer to a client's mistake must be: an HTTP status below 500, a JSON body, and errors that each carry a
 * {@code code} saying it is the client's to fix (never {@code INTERNAL_ERROR} or {@code SERVICE_UNAVAILABLE}) and a
 * message in Spanish first with English beside it, without internals (class names, stack frames, graphql-java's
 * syntax trees as their {@code toString} writes them).
 */
final class ClientErrors {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> SERVER_FAULTS = Set.of("INTERNAL_ERROR", "SERVICE_UNAVAILABLE");
    /** How English messages of libraries start; a Spanish half never does. */
    private static final Pattern ENGLISH_START = Pattern.compile("^(Validation|Invalid|Expected|Variable|Field|"
            + "Unknown|The |Exactly|Query|More than|Literal|Null|Missing|Argument|argument|Cannot|Can't|Source|"
            + "Unexpected|Unrecognized|Illegal|Not |Bad |Error |Internal|Offending|Sub)");
    /** Words any Spanish sentence of ours has at least one of. */
    private static final Pattern SPANISH = Pattern.compile("(?iu)\\b(el|la|los|las|de|del|no|es|un|una|en|se|debe|"
            + "falta|sobra|valor|campo|consulta|cuerpo)\\b|[áéíóúñ¿«]");
    private static final Pattern INTERNALS = Pattern.compile("Exception|\\bjava\\.|\\bat org\\.|\\bat java\\.|"
            + "org\\.ocdsnacional|com\\.fasterxml|REDACTED|graphql\\.[a-z]+\\.|"
            + "\\b(?:Object|Array|String|Int|Float|Boolean|Enum|Null)Value\\{|ObjectField\\{|VariableReference\\{");

    private ClientErrors() {
    }

    /** What is wrong with an answer to a client's mistake; empty when it is as it must be. */
    static List<String> problems(int status, String body) {
        List<String> problems = new ArrayList<>();
        if (status >= 500) {
            problems.add("HTTP " + status);
        }
        JsonNode json;
        try {
            json = MAPPER.readTree(body);
        } catch (IOException e) {
            problems.add("not JSON: " + abbreviated(body));
            return problems;
        }
        if (json == null || !json.isObject()) {
            problems.add("not a JSON object: " + abbreviated(body));
            return problems;
        }
        for (JsonNode error : json.path("errors")) {
            problems.addAll(problems(error));
        }
        return problems;
    }

    /** What is wrong with one error object. */
    static List<String> problems(JsonNode error) {
        List<String> problems = new ArrayList<>();
        String code = error.at("/extensions/code").asText("");
        String message = error.path("message").asText("");
        if (code.isEmpty()) {
            problems.add("no code: " + abbreviated(message));
        } else if (SERVER_FAULTS.contains(code)) {
            problems.add(code + ": " + abbreviated(message));
        }
        if (!isBilingual(message)) {
            problems.add("not Spanish / English: " + abbreviated(message));
        }
        if (INTERNALS.matcher(message).find()) {
            problems.add("internals shown: " + abbreviated(message));
        }
        return problems;
    }

    /** Spanish first, then " / ", then English. */
    static boolean isBilingual(String message) {
        int slash = message.indexOf(" / ");
        if (slash <= 0) {
            return false;
        }
        String spanish = message.substring(0, slash);
        return !ENGLISH_START.matcher(spanish).find() && SPANISH.matcher(spanish).find()
                && !message.substring(slash + 3).isBlank();
    }

    static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
