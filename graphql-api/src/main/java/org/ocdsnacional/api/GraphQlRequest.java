package org.ocdsnacional.api;

import org.ocdsnacional.api.admin.Credentials;

import java.util.Map;
import java.util.Optional;

/**
 * One GraphQL request as the HTTP layer read it.
 *
 * @param query         the query text
 * @param variables     its variables
 * @param operationName which operation of the text to run, when it has several
 * @param client        the key of the caller's budget
 * @param credentials   what the caller presented to prove who it is
 * @param readOnly      whether the request may not change anything (it arrived by GET): no mutation runs
 */
public record GraphQlRequest(String query, Map<String, Object> variables, Optional<String> operationName,
                             String client, Credentials credentials, boolean readOnly) {
}
