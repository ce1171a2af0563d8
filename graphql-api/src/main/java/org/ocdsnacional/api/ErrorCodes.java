package org.ocdsnacional.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.ocdsnacional.api.limits.QueryRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives a {@code code} extension to the errors graphql-java reports itself (syntax, validation, values of variables,
 * its own depth and field limits, introspection in bad faith or disabled), so that every error of the API has one, and
 * a message in Spanish and English ({@link GraphQlMessages}). A value an argument cannot take, given in the query or
 * in a variable, is {@code BAD_USER_INPUT}, like the arguments the data fetchers refuse.
 */
final class ErrorCodes {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorCodes.class);

    static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    static final String INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

    /** Where graphql-java's messages (in {@code i18n/*_es}) name the type, an enum maybe, a value was not one of. */
    private static final Pattern ENUM = Pattern.compile("(?:enumeración|no es un) «(\\w+)»");
    private static final String SEPARATOR = " / ";

    private final GraphQLSchema schema;

    ErrorCodes(GraphQLSchema schema) {
        this.schema = schema;
    }

    ExecutionResult apply(ExecutionResult result) {
        if (result.getErrors().stream().allMatch(ErrorCodes::hasCode)) {
            return result;
        }
        List<GraphQLError> coded = result.getErrors().stream().map(this::coded).toList();
        return result.transform(builder -> builder.errors(coded));
    }

    private GraphQLError coded(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code(error));
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        return GraphqlErrorBuilder.newError()
                .message(message(error))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }

    private static String code(GraphQLError error) {
        if (error instanceof ValidationError validation) {
            return validationCode(validation.getValidationErrorType());
        }
        return switch (String.valueOf(error.getErrorType())) {
            case "InvalidSyntax" -> PARSE_FAILED;
            case "BadFaithIntrospection" -> QueryRejected.TOO_COMPLEX;
            case "IntrospectionDisabled" -> INTROSPECTION_DISABLED;
            case "ValidationError" -> ApiErrors.BAD_USER_INPUT;
            case "OperationNotSupported" -> VALIDATION_FAILED;
            default -> ApiErrors.INTERNAL_ERROR;
        };
    }

    /** A value an argument cannot take is the client's to fix, as when a variable gives it; the rest is the query. */
    private static String validationCode(Object type) {
        if (type == ValidationErrorType.MaxQueryDepthExceeded) {
            return QueryRejected.TOO_DEEP;
        }
        if (type == ValidationErrorType.WrongType || type == ValidationErrorType.NullValueForNonNullArgument) {
            return ApiErrors.BAD_USER_INPUT;
        }
        return type == ValidationErrorType.MaxQueryFieldsExceeded ? QueryRejected.TOO_COMPLEX : VALIDATION_FAILED;
    }

    /** Spanish first, English beside; graphql-java's details (names, locations) kept. */
    private String message(GraphQLError error) {
        return switch (code(error)) {
            case INTROSPECTION_DISABLED -> "La introspección está desactivada en este servidor (api.introspection) / "
                    + "Introspection is disabled on this server (api.introspection).";
            case PARSE_FAILED -> GraphQlMessages.bilingual(error.getMessage(), "La consulta no se pudo leer");
            case ApiErrors.INTERNAL_ERROR -> internal(error);
            default -> withAllowedValues(GraphQlMessages.bilingual(error.getMessage(), "La consulta no es válida"));
        };
    }

    /** A message about a value an enum does not have, with the values it has (in both halves). */
    private String withAllowedValues(String message) {
        Matcher named = ENUM.matcher(message);
        int separator = message.indexOf(SEPARATOR);
        if (!named.find() || separator < 0 || !(schema.getType(named.group(1)) instanceof GraphQLEnumType type)) {
            return message;
        }
        String allowed = type.getValues().stream().map(GraphQLEnumValueDefinition::getName)
                .collect(Collectors.joining(", "));
        return message.substring(0, separator) + "; valores permitidos: " + allowed + SEPARATOR
                + message.substring(separator + SEPARATOR.length()) + "; allowed values: " + allowed;
    }

    private static String internal(GraphQLError error) {
        LOG.error("graphql-java reported an error of type {}: {}", error.getErrorType(), error.getMessage());
        return ApiErrors.INTERNAL;
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }
}
