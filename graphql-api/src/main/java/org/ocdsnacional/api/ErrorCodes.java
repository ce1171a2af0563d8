package org.ocdsnacional.api;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.ocdsnacional.api.limits.QueryRejected;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a {@code code} extension to the errors graphql-java reports itself (syntax, validation, its own depth and
 * field limits, introspection in bad faith or disabled), so that every error of the API has one.
 */
final class ErrorCodes {

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
            default -> error.getErrorType() == ErrorType.ValidationError ? VALIDATION_FAILED : "INTERNAL_ERROR";
        };
    }

    private static String validationCode(Object type) {
        if (type == ValidationErrorType.MaxQueryDepthExceeded) {
            return QueryRejected.TOO_DEEP;
        }
        return type == ValidationErrorType.MaxQueryFieldsExceeded ? QueryRejected.TOO_COMPLEX : VALIDATION_FAILED;
    }

    private static String message(GraphQLError error) {
        return switch (code(error)) {
            case INTROSPECTION_DISABLED -> "La introspección está desactivada en este servidor (api.introspection) / "
                    + "Introspection is disabled on this server (api.introspection).";
            case QueryRejected.TOO_COMPLEX, QueryRejected.TOO_DEEP -> "La consulta excede los límites de "
                    + "graphql-java / The query exceeds graphql-java's limits: " + error.getMessage();
            default -> error.getMessage();
        };
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }
}
