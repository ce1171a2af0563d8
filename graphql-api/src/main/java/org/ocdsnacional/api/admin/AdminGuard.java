package org.ocdsnacional.api.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Lets a request into admin fields only with the configured token, compared in constant time. */
final class AdminGuard {

    static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    static final String FORBIDDEN = "FORBIDDEN";

    private final Optional<byte[]> tokenDigest;

    AdminGuard(Optional<String> adminToken) {
        this.tokenDigest = adminToken.filter(token -> !token.isBlank()).map(AdminGuard::digest);
    }

    /** Why the request may not administer, or empty when it may. */
    Optional<Denial> check(Credentials credentials) {
        if (tokenDigest.isEmpty()) {
            return Optional.of(new Denial(FORBIDDEN, "La administración está desactivada: configure admin.token / "
                    + "Administration is disabled: set admin.token in the configuration."));
        }
        if (credentials.bearerToken().isEmpty()) {
            return Optional.of(new Denial(UNAUTHENTICATED, "Falta el token de administración: envíe "
                    + "«Authorization: Bearer <token>» / The admin token is missing: send «Authorization: Bearer "
                    + "<token>»."));
        }
        if (!MessageDigest.isEqual(tokenDigest.get(), digest(credentials.bearerToken().get()))) {
            return Optional.of(new Denial(FORBIDDEN, "El token de administración no es válido / The admin token "
                    + "is not valid."));
        }
        return Optional.empty();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /**
     * A refusal.
     *
     * @param code    the GraphQL error code
     * @param message what to do (Spanish, then English)
     */
    record Denial(String code, String message) {
    }
}
