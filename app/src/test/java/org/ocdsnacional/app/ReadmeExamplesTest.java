package org.ocdsnacional.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What {@link ReadmeExamples} takes from markdown as GraphQL examples, and what it leaves. */
class ReadmeExamplesTest {

    private static final String MARKDOWN = """
            # Title

            Ask `{ sources { id } }` first; send `{"query": "…"}` as JSON; `organizations(query: "x")` is a field.

            ```graphql
            { processes(query: "agua # no es comentario") { totalCount } }
            # a comment { with a brace
            query Named { summary { processCount } }
            ```

            ```sh
            bin/ocds-nacional serve --demo
            curl -s http://localhost:8080/graphql -H 'Authorization: Bearer s3cret' -H 'Content-Type: application/json' \\
              -d '{"query":"mutation { reloadRegistry { sources } }"}'
            ```

            ```json
            { "not": "an example" }
            ```

            And `mutation { runSourceNow(source: "a") { state } }` too.
            """;

    @Test
    void takesEveryOperationOfGraphqlBlocksCurlBodiesAndWholeInlineOperations() {
        List<ReadmeExamples.Example> examples = ReadmeExamples.of(MARKDOWN);

        assertEquals(List.of("{ sources { id } }",
                "{ processes(query: \"agua # no es comentario\") { totalCount } }",
                "query Named { summary { processCount } }",
                "mutation { reloadRegistry { sources } }",
                "mutation { runSourceNow(source: \"a\") { state } }"),
                examples.stream().map(ReadmeExamples.Example::query).toList());
        assertEquals(List.of(3, 5, 5, 11, 21), examples.stream().map(ReadmeExamples.Example::line).toList());
        assertEquals(Optional.of("s3cret"), examples.get(3).token());
    }
}
