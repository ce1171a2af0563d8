package org.ocdsnacional.analytics.settings;

/** A settings file that cannot be used: its message says where and why, in Spanish and English. */
public final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
