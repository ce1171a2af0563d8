package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.http.Payload;
import org.ocdsnacional.harvester.registry.ProtocolParameters;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Authorization} header of a PDN source: none, a JWT bearer read from the environment variable
 * {@code tokenEnv} (the 2025 interconnection API), or a token obtained with the OAuth2 password grant at
 * {@code tokenUrl} (as the S2/S3 systems do) with user, password and client read from the variables
 * {@code usernameEnv}, {@code passwordEnv}, {@code clientIdEnv} and {@code clientSecretEnv}.
 */
final class PdnCredentials {

    private final Environment environment;

    PdnCredentials(Environment environment) {
        this.environment = environment;
    }

    /**
     * The header value, or empty when the source uses no authentication. A missing variable or a refused token
     * request is recorded in the session and ends the walk ({@link Missing}).
     */
    Optional<String> authorization(ProtocolParameters parameters, SourceSession session) {
        return switch (parameters.optionalString("auth").orElse("none")) {
            case "bearer" -> Optional.of("Bearer " + variable(parameters, "tokenEnv"));
            case "oauth2-password" -> Optional.of("Bearer " + passwordGrant(parameters, session));
            default -> Optional.empty();
        };
    }

    private String passwordGrant(ProtocolParameters parameters, SourceSession session) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", variable(parameters, "usernameEnv"));
        form.put("password", variable(parameters, "passwordEnv"));
        form.put("client_id", variable(parameters, "clientIdEnv"));
        form.put("client_secret", variable(parameters, "clientSecretEnv"));
        URI tokenUrl = URI.create(parameters.optionalString("tokenUrl").orElseThrow(() -> new Missing(
                "Falta el parámetro tokenUrl / Parameter tokenUrl is missing (auth: oauth2-password)")));
        Optional<Fetched> answer = session.fetchEntryPoint(FetchRequest.post(tokenUrl, Payload.credentials(form)));
        if (answer.isEmpty()) {
            throw new Missing("");
        }
        try (Fetched token = answer.get()) {
            Optional<JsonNode> body = session.parse(token, DocumentScan::tree);
            if (body.isEmpty()) {
                throw new Missing("");
            }
            JsonNode accessToken = body.get().path("access_token");
            if (!accessToken.isTextual()) {
                throw new Missing("La respuesta de " + tokenUrl + " no trae access_token / The answer of "
                        + tokenUrl + " has no access_token");
            }
            return accessToken.asText();
        }
    }

    private String variable(ProtocolParameters parameters, String parameter) {
        String name = parameters.optionalString(parameter).orElseThrow(() -> new Missing(
                "Falta el parámetro " + parameter + " / Parameter " + parameter + " is missing"));
        return environment.get(name).orElseThrow(() -> new Missing("La variable de entorno " + name
                + " no está definida / Environment variable " + name + " is not set (parameter " + parameter + ")"));
    }

    /** Credentials that cannot be had: the reason (empty when the session already recorded it). */
    static final class Missing extends RuntimeException {
        Missing(String reason) {
            super(reason);
        }
    }
}
