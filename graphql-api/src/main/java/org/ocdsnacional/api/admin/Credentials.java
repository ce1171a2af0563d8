package org.ocdsnacional.api.admin;

import java.util.Optional;

/**
 * What a request presented to prove who it is: the bearer token of its {@code Authorization} header, if any. The
 * HTTP layer puts it in the request's {@code GraphQLContext}.
 *
 * @param bearerToken the token after {@code Bearer }
 */
public record Credentials(Optional<String> bearerToken) {

    public static final Credentials NONE = new Credentials(Optional.empty());

    /** Reads an {@code Authorization} header value; anything but {@code Bearer <token>} presents nothing. */
    public static Credentials fromAuthorization(Optional<String> header) {
        return new Credentials(header.map(String::strip)
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(value -> value.substring(7).strip())
                .filter(token -> !token.isEmpty()));
    }
}
