package org.ocdsnacional.indexer.cluster;

import java.util.Objects;

/**
 * The user and password of an external cluster's basic authentication. Read from the environment, never from a
 * configuration file; never shown: {@link #toString()} hides the password, so a configuration printed to a log does
 * not carry it.
 */
public record Credentials(String username, String password) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=(hidden)]";
    }
}
