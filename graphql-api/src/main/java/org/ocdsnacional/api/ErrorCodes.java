package org.ocdsnacional.api;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.ocdsnacional.api.limits.QueryRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private ErrorCodes() {
    }

    static ExecutionResult apply(ExecutionResult result) {
        if (result.getErrors().stream().allMatch(ErrorCodes::hasCode)) {
            return result;
        }
        List<GraphQLError> coded = result.getErrors().stream().map(ErrorCodes::coded).toList();
        return result.transform(builder -> builder.errors(coded));
    }

    private static GraphQLError coded(GraphQLError error) {
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
    private static String message(GraphQLError error) {
        return switch (code(error)) {
            case INTROSPECTION_DISABLED -> "La introspección está desactivada en este servidor (api.introspection) / "
                    + "Introspection is disabled on this server (api.introspection).";
            case PARSE_FAILED -> GraphQlMessages.bilingual(error.getMessage(), "La consulta no se pudo leer");
            case ApiErrors.INTERNAL_ERROR -> internal(error);
            default -> GraphQlMessages.bilingual(error.getMessage(), "La consulta no es válida");
        };
    }

    private static String internal(GraphQLError error) {
        LOG.error("graphql-java reported an error of type {}: {}", error.getErrorType(), error.getMessage());
        return ApiErrors.INTERNAL;
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }
}
