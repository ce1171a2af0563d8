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

import java.math.BigDecimal;
import java.util.Locale;

/** The custom scalars of the schema: DateTime and Decimal travel as strings, JSON as itself. */
final class Scalars {

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

    /** Output as the string it already is (dates are normalised to UTC ISO 8601 when indexed). */
    private static final class AsString implements Coercing<String, String> {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return value.toString();
        }

        @Override
        public String parseValue(Object input, GraphQLContext context, Locale locale) {
            return input.toString();
        }

        @Override
        public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                   Locale locale) {
            if (input instanceof StringValue text) {
                return text.getValue();
            }
            throw new CoercingParseLiteralException("Se esperaba una cadena / Expected a string");
        }
    }

    /** Exact decimals: accepted as strings or numbers, returned as strings so no client parses them as floats. */
    private static final class DecimalCoercing implements Coercing<BigDecimal, String> {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }

        @Override
        public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return new BigDecimal(input.toString());
            } catch (NumberFormatException e) {
                throw new CoercingParseValueException("«" + input + "» no es un número decimal / is not a decimal");
            }
        }

        @Override
        public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
            return switch (input) {
                case StringValue text -> parseValue(text.getValue(), context, locale);
                case IntValue integer -> new BigDecimal(integer.getValue());
                case FloatValue decimal -> decimal.getValue();
                default -> throw new CoercingParseLiteralException("Se esperaba un decimal / Expected a decimal");
            };
        }
    }

    /** Output only: a JSON value already made of maps, lists and scalars. */
    private static final class Passthrough implements Coercing<Object, Object> {
        @Override
        public Object serialize(Object value, GraphQLContext context, Locale locale) {
            return value;
        }
    }
}
