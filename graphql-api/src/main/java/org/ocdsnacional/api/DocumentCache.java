package org.ocdsnacional.api;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.ocdsnacional.api.cache.RecentCache;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated queries, by query text, so that the queries an app sends again and again are parsed and
 * validated once. Bounded (least recently used out); only queries that parsed and validated without errors are
 * kept. Cost and depth are cached apart, per query text and variables ({@code limits.LimitsInstrumentation}).
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final RecentCache<String, PreparsedDocumentEntry> entries;

    DocumentCache(int capacity) {
        this.entries = RecentCache.of(capacity);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        var cached = entries.get(input.getQuery());
        if (cached.isPresent()) {
            return CompletableFuture.completedFuture(cached.get());
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
