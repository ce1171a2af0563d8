package org.ocdsnacional.app;

/** Configuration that cannot be used; the message says what to fix. Start-up stops with it. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
