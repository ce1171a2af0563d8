package org.ocdsnacional.api;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DocumentCacheTest {

    private final AtomicInteger parses = new AtomicInteger();
    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parses.incrementAndGet();
        return input.getQuery().contains("bad")
                ? new PreparsedDocumentEntry(List.of(GraphqlErrorBuilder.newError().message("bad").build()))
                : new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    };

    @Test
    void aQuerySentAgainIsParsedOnce() throws Exception {
        DocumentCache cache = new DocumentCache(10);
        var first = cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ a }").build(), parse).get();
        var second = cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ a }").build(), parse).get();
        assertSame(first, second);
        assertEquals(1, parses.get());
    }

    @Test
    void queriesWithErrorsAreNotKeptAndTheOldestGoesFirst() throws Exception {
        DocumentCache cache = new DocumentCache(2);
        for (String query : List.of("{ bad }", "{ bad }", "{ a }", "{ b }", "{ c }", "{ a }")) {
            cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).get();
        }
        assertEquals(6, parses.get(), "bad twice, a, b, c, then a again after it was pushed out");
    }
}
