package org.ocdsnacional.api;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import org.ocdsnacional.indexer.query.AmountBounds;
import org.ocdsnacional.indexer.query.InvalidQueryException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * The custom scalars of the schema: DateTime and Decimal travel as strings, JSON as itself. Only Decimal is ever an
 * input; every input it refuses is a coercion error with a message in Spanish and English.
 */
final class Scalars {

    private static final String EXPECTED_DECIMAL = "Se esperaba un importe decimal, como texto (\"1234567.89\") o "
            + "número / Expected a decimal amount, as a string (\"1234567.89\") or a number.";
    private static final String OUTPUT_ONLY = "Este tipo solo aparece en respuestas, no como argumento / This type "
            + "only appears in answers, never as an argument.";

    private Scalars() {
    }

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .coercing(new AsString())
            .build();

    static final GraphQLScalarType DECIMAL = GraphQLScalarType.newScalar()
            .name("Decimal")
            .coercing(new DecimalCoercing())
            .build();

    static final GraphQLScalarType JSON = GraphQLScalarType.newScalar()
            .name("JSON")
            .coercing(new Passthrough())
            .build();

    /** Output as the string it already is (dates are normalised to UTC ISO 8601 when indexed); never an input. */
    private static final class AsString implements Coercing<String, String> {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return value.toString();
        }

        @Override
        public String parseValue(Object input, GraphQLContext context, Locale locale) {
            throw new CoercingParseValueException(OUTPUT_ONLY);
        }

        @Override
        public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            throw new CoercingParseLiteralException(OUTPUT_ONLY);
        }
    }

    /**
     * Exact decimals: accepted as strings or numbers, within the range {@link AmountBounds} allows (checked before any
     * arithmetic), and returned as strings so no client parses them as floats.
     */
    private static final class DecimalCoercing implements Coercing<BigDecimal, String> {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return decimal(input);
            } catch (InvalidQueryException e) {
                throw new CoercingParseValueException(e.getMessage());
            }
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
            try {
                return switch (input) {
                    case StringValue text -> AmountBounds.parse(text.getValue());
                    case IntValue integer -> AmountBounds.bounded(new BigDecimal(integer.getValue()));
                    case FloatValue decimal -> AmountBounds.bounded(decimal.getValue());
                    default -> throw new CoercingParseLiteralException(EXPECTED_DECIMAL);
                };
            } catch (InvalidQueryException e) {
                throw new CoercingParseLiteralException(e.getMessage());
            }
        }

        private static BigDecimal decimal(Object input) {
            return switch (input) {
                case String text -> AmountBounds.parse(text);
                case BigDecimal decimal -> AmountBounds.bounded(decimal);
                case BigInteger integer -> AmountBounds.bounded(new BigDecimal(integer));
                case Integer integer -> BigDecimal.valueOf(integer);
                case Long integer -> AmountBounds.bounded(BigDecimal.valueOf(integer));
                case Double number when Double.isFinite(number) -> AmountBounds.parse(number.toString());
                default -> throw new CoercingParseValueException(EXPECTED_DECIMAL);
            };
        }
    }

    /** Output only: a JSON value already made of maps, lists and scalars. */
    private static final class Passthrough implements Coercing<Object, Object> {
        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) {
            throw new CoercingParseValueException(OUTPUT_ONLY);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            throw new CoercingParseLiteralException(OUTPUT_ONLY);
        }
    }
}
