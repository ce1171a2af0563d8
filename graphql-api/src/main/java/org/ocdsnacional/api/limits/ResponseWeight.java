package org.ocdsnacional.api.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The large values of one request's answer (releases as published, compiled releases), weighed as they are fetched,
 * by the bytes of their JSON. Each admitted value adds its weight, once per place it appears in the answer, and the
 * answer costs a point of the client's budget per {@value #BYTES_PER_POINT} bytes of them (charged once it ran, see
 * {@link LimitsInstrumentation}). A value that would take the answer past its {@code maxBytes} is not admitted: its
 * field answers {@value #TOO_LARGE} instead, before anything is converted or written. The HTTP layer puts one in each
 * request's {@code GraphQLContext}.
 */
public final class ResponseWeight {

    public static final String TOO_LARGE = "RESPONSE_TOO_LARGE";
    public static final int BYTES_PER_POINT = 10 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final long maxBytes;
    private final Map<JsonNode, Long> measured = new IdentityHashMap<>();
    private long bytes;

    private ResponseWeight(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A new weighing for one answer of at most {@code maxBytes}. */
    public static ResponseWeight upTo(long maxBytes) {
        return new ResponseWeight(maxBytes);
    }

    /** The weighing of the request {@code env} belongs to. */
    public static ResponseWeight of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(ResponseWeight.class);
    }

    /**
     * {@code value} for a field of the answer when it fits, or a {@value #TOO_LARGE} error for that field.
     *
     * @param converted what the field answers for the value (e.g. the value as maps), made only once admitted
     */
    public <T> DataFetcherResult<T> admit(DataFetchingEnvironment env, JsonNode value,
                                          Function<JsonNode, T> converted) {
        if (!add(value)) {
            return DataFetcherResult.<T>newResult().error(GraphqlErrorBuilder.newError(env)
                    .message(tooLargeMessage())
                    .extensions(Map.of("code", TOO_LARGE))
                    .build()).build();
        }
        return DataFetcherResult.<T>newResult().data(converted.apply(value)).build();
    }

    /** Points of the client's budget for what was admitted. */
    public synchronized long points() {
        return (bytes + BYTES_PER_POINT - 1) / BYTES_PER_POINT;
    }

    /** The message of an answer over {@code maxBytes}, Spanish then English. */
    static String tooLargeMessage(long maxBytes) {
        String size = maxBytes / (1024 * 1024) + " MiB";
        return "La respuesta pasaría de " + size + "; pida menos procesos, releases o campos, o descargue el proceso "
                + "entero en /ocds/record-package?ocid=… / The answer would exceed " + size + "; ask for fewer "
                + "processes, releases or fields, or download the whole process from /ocds/record-package?ocid=…";
    }

    private String tooLargeMessage() {
        return tooLargeMessage(maxBytes);
    }

    private synchronized boolean add(JsonNode value) {
        long weight = measured.computeIfAbsent(value, ResponseWeight::size);
        if (bytes + weight > maxBytes) {
            return false;
        }
        bytes += weight;
        return true;
    }

    /** The bytes of {@code value} as JSON, counted while writing it nowhere. */
    private static long size(JsonNode value) {
        Counter counter = new Counter();
        try {
            MAPPER.writeValue(counter, value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot weigh a JSON value", e);
        }
        return counter.count;
    }

    private static final class Counter extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
