package org.ocdsnacional.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parts of a GraphQL request sent over HTTP, the JSON body of a POST or the parameters of a GET, and
 * refuses what is not one with a message in Spanish and English that says what to send instead: an empty body, a
 * body that is not JSON or not an object, a missing {@code query}, {@code variables} that are not an object, an
 * {@code operationName} that is not text, and numbers whose exponent no argument could accept (graphql-java would
 * spend minutes of CPU turning {@code 1e30000000} into an {@code Int}). Never shows the JSON parser's own words.
 */
final class RequestReader {

    /** No argument takes a number with more digits than this after or before the decimal point. */
    static final int MAX_EXPONENT = 100;

    private final ObjectMapper mapper;

    RequestReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * What a request asks.
     *
     * @param query         the query text
     * @param variables     its variables
     * @param operationName which operation of the text to run
     */
    record Parts(String query, Map<String, Object> variables, Optional<String> operationName) {
    }

    /** A request that is not a GraphQL request; the message says why, in Spanish and English. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The parts of the JSON body of a POST. */
    Parts fromBody(byte[] body) {
        JsonNode json = json(body, "El cuerpo de la solicitud", "The request body");
        if (!json.isObject()) {
            throw new BadRequest("El cuerpo de la solicitud debe ser un objeto JSON, {\"query\": \"…\"} / The request "
                    + "body must be a JSON object, {\"query\": \"…\"}.");
        }
        JsonNode query = json.path("query");
        if (!query.isTextual()) {
            throw new BadRequest("Falta «query»: el cuerpo debe llevar el texto de la consulta en «query» / The "
                    + "request needs a «query» string.");
        }
        return new Parts(query.asText(), variables(json.path("variables")), operationName(json.path("operationName")));
    }

    /** The parts of a GET's parameters. */
    Parts fromParameters(Optional<String> query, Optional<String> variables, Optional<String> operationName) {
        if (query.isEmpty() || query.get().isBlank()) {
            throw new BadRequest("Falta el parámetro «query» / The «query» parameter is missing.");
        }
        JsonNode parsed = variables.filter(text -> !text.isBlank())
                .map(text -> json(text.getBytes(StandardCharsets.UTF_8), "El parámetro «variables»",
                        "The «variables» parameter"))
                .orElse(mapper.nullNode());
        return new Parts(query.get(), variables(parsed), operationName.filter(name -> !name.isBlank()));
    }

    private JsonNode json(byte[] bytes, String whatEs, String whatEn) {
        try {
            JsonNode json = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bytes);
            if (json == null || json.isMissingNode()) {
                throw new BadRequest(whatEs + " está vacío; envíe {\"query\": \"…\"} / " + whatEn
                        + " is empty; send {\"query\": \"…\"}.");
            }
            return json;
        } catch (StreamConstraintsException e) {
            throw new BadRequest(whatEs + " excede los límites de JSON: anida demasiado o tiene un número o un texto "
                    + "demasiado largo / " + whatEn + " exceeds the JSON limits: too deeply nested, or too long a "
                    + "number or a string.");
        } catch (JsonProcessingException e) {
            throw new BadRequest(whatEs + " no es JSON válido" + where(e.getLocation(), "en la línea", "columna")
                    + " / " + whatEn + " is not valid JSON" + where(e.getLocation(), "at line", "column") + ".");
        } catch (IOException e) {
            throw new BadRequest(whatEs + " no se pudo leer / " + whatEn + " could not be read.");
        }
    }

    private Map<String, Object> variables(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            throw new BadRequest("«variables» debe ser un objeto JSON, {\"nombre\": valor} / «variables» must be a "
                    + "JSON object, {\"name\": value}.");
        }
        checkNumbers(node);
        return mapper.convertValue(node, mapper.getTypeFactory().constructMapType(Map.class, String.class,
                Object.class));
    }

    /** Refuses numbers with an exponent beyond {@value #MAX_EXPONENT}, walking the tree without recursion. */
    private static void checkNumbers(JsonNode variables) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(variables);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isBigDecimal() && Math.abs((long) node.decimalValue().scale()) > MAX_EXPONENT) {
                throw new BadRequest("«variables» tiene un número fuera de rango (" + node.decimalValue() + "): ningún "
                        + "argumento acepta más de " + MAX_EXPONENT + " cifras / «variables» holds a number out of "
                        + "range (" + node.decimalValue() + "): no argument accepts more than " + MAX_EXPONENT
                        + " digits.");
            }
            node.forEach(pending::push);
        }
    }

    private static Optional<String> operationName(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new BadRequest("«operationName» debe ser texto / «operationName» must be a string.");
        }
        return Optional.of(node.asText()).filter(name -> !name.isBlank());
    }

    private static String where(JsonLocation location, String line, String column) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (" + line + " " + location.getLineNr() + ", " + column + " " + location.getColumnNr() + ")";
    }
}
