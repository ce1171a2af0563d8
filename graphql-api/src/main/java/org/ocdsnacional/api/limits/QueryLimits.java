package org.ocdsnacional.api.limits;

import graphql.parser.ParserOptions;

/**
 * Limits on a single query, checked before it runs.
 *
 * @param maxCost       the highest cost a query may have (see {@link QueryCost} for how it is counted)
 * @param maxDepth      the deepest nesting of fields, introspection aside (which graphql-java bounds itself)
 * @param maxCharacters the longest query text
 * @param maxTokens     the most grammar tokens (names, punctuation, values) in a query text
 * @param maxResponseBytes the largest answer, in bytes of JSON (see {@link ResponseWeight})
 */
public record QueryLimits(int maxCost, int maxDepth, int maxCharacters, int maxTokens, long maxResponseBytes) {

    public static final QueryLimits DEFAULTS = new QueryLimits(5_000, 12, 20_000, 5_000, 16L * 1024 * 1024);

    public QueryLimits {
        positive("api.max-cost", maxCost);
        positive("api.max-depth", maxDepth);
        positive("api.max-characters", maxCharacters);
        positive("api.max-tokens", maxTokens);
        if (maxResponseBytes < 1024 * 1024) {
            throw new IllegalArgumentException("api.max-response-mib must be at least 1, not "
                    + maxResponseBytes / (1024.0 * 1024));
        }
    }

    /** The parser's own limits, so that an oversized query is refused while it is read. */
    ParserOptions parserOptions() {
        return ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxCharacters(maxCharacters).maxTokens(maxTokens));
    }

    private static void positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, not " + value);
        }
    }
}
