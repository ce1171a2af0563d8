package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The GraphQL examples a markdown file (the README) holds, so a test can run exactly what readers copy: every
 * operation of each {@code ```graphql} block (a block may hold several, one after another), the {@code "query"} of
 * each {@code curl ... -d '{...}'} in a {@code ```sh} block (with its bearer token, if it sends one), and each inline
 * code span that is a whole operation ({@code `{ summary { processCount } }`}, {@code `mutation { ... }`}).
 */
final class ReadmeExamples {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n(.*?)^```", Pattern.DOTALL);
    private static final Pattern CURL_BODY = Pattern.compile("-d\\s+'(\\{.*?})'", Pattern.DOTALL);
    private static final Pattern BEARER = Pattern.compile("Authorization: Bearer ([^'\"\\s]+)");
    private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");
    /** A selection set (a brace, then a field name: not a JSON object) or a named operation type. */
    private static final Pattern OPERATION = Pattern.compile("^(\\{\\s*[_A-Za-z]|(query|mutation)\\b)");

    /**
     * One example.
     *
     * @param line  where it is in the file (1-based line of its block or span)
     * @param query the operation
     * @param token the bearer token its {@code curl} sends, if any
     */
    record Example(int line, String query, Optional<String> token) {

        @Override
        public String toString() {
            return "README line " + line + ": " + query.replaceAll("\\s+", " ");
        }
    }

    private ReadmeExamples() {
    }

    static List<Example> in(Path markdown) {
        try {
            return of(Files.readString(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Example> of(String markdown) {
        List<Example> examples = new ArrayList<>();
        StringBuilder prose = new StringBuilder(markdown);
        Matcher fence = FENCE.matcher(markdown);
        while (fence.find()) {
            int line = lineOf(markdown, fence.start());
            switch (fence.group(1)) {
                case "graphql" -> operations(fence.group(2)).forEach(query ->
                        examples.add(new Example(line, query, Optional.empty())));
                case "sh" -> examples.addAll(curls(fence.group(2), line));
                default -> {
                }
            }
            blankOut(prose, fence.start(), fence.end());
        }
        examples.addAll(inline(prose.toString()));
        examples.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return examples;
    }

    /** The top-level operations of a text, one after another: each ends where its outermost brace closes. */
    static List<String> operations(String text) {
        List<String> operations = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '"') {
                at = endOfString(text, at);
            } else if (c == '#') {
                at = Math.max(at, text.indexOf('\n', at) < 0 ? text.length() : text.indexOf('\n', at));
            } else if (!Character.isWhitespace(c) && depth == 0 && start < 0) {
                start = at;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                operations.add(text.substring(start, at + 1).strip());
                start = -1;
            }
        }
        return operations;
    }

    private static List<Example> curls(String script, int line) {
        List<Example> examples = new ArrayList<>();
        for (String command : script.split("(?m)(?<!\\\\)\\n")) {
            Matcher body = CURL_BODY.matcher(command);
            if (!command.contains("curl") || !body.find()) {
                continue;
            }
            Matcher bearer = BEARER.matcher(command);
            Optional<String> token = bearer.find() ? Optional.of(bearer.group(1)) : Optional.empty();
            examples.add(new Example(line, query(body.group(1)), token));
        }
        return examples;
    }

    private static String query(String json) {
        try {
            JsonNode body = MAPPER.readTree(json);
            return body.path("query").asText();
        } catch (IOException e) {
            throw new AssertionError("A curl example's body is not JSON: " + json, e);
        }
    }

    private static List<Example> inline(String prose) {
        List<Example> examples = new ArrayList<>();
        Matcher span = INLINE.matcher(prose);
        while (span.find()) {
            String code = span.group(1).strip();
            if (OPERATION.matcher(code).find() && operations(code).size() == 1
                    && operations(code).getFirst().equals(code)) {
                examples.add(new Example(lineOf(prose, span.start()), code, Optional.empty()));
            }
        }
        return examples;
    }

    private static int endOfString(String text, int quote) {
        for (int at = quote + 1; at < text.length(); at++) {
            if (text.charAt(at) == '\\') {
                at++;
            } else if (text.charAt(at) == '"') {
                return at;
            }
        }
        return text.length();
    }

    /** Replaces a range with blanks, keeping its line breaks, so positions and lines stay where they were. */
    private static void blankOut(StringBuilder text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (text.charAt(at) != '\n') {
                text.setCharAt(at, ' ');
            }
        }
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int at = 0; at < offset; at++) {
            line += text.charAt(at) == '\n' ? 1 : 0;
        }
        return line;
    }
}
