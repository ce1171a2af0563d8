package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;

import java.net.URI;
import java.time.Duration;

/** What loading one release schema gave: a compiled schema, or the reason it could not be had. */
sealed interface SchemaOutcome {

    /** The schema's URL. */
    URI url();

    /**
     * A compiled schema, ready for concurrent use.
     *
     * @param json the schema as published, for looking up what a failing keyword sits next to (its codelist)
     */
    record Ready(URI url, JsonSchema schema, JsonNode json) implements SchemaOutcome {
    }

    /** The schema could not be read or compiled; asked for again once {@code retryAfter} has passed. */
    record Unavailable(URI url, String reason, long failedAtNanos) implements SchemaOutcome {

        static Unavailable now(URI url, String reason) {
            return new Unavailable(url, reason, System.nanoTime());
        }

        boolean retryDue(Duration retryAfter) {
            return System.nanoTime() - failedAtNanos > retryAfter.toNanos();
        }
    }
}
