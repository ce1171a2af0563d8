package org.ocdsnacional.analytics.national;

import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.settings.IniSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The settings the national index flags with, and their fingerprint: a process flagged under another fingerprint
 * (other settings, or a version of this code that computes flags differently) is flagged again.
 *
 * @param settings    every flag's settings, amounts compared in MXN unless the file names another currency
 * @param fingerprint what the flags stored were computed under
 */
public record NationalSettings(FlagSettings settings, String fingerprint) {

    /**
     * Bumped whenever a flag's computation changes in a way that changes stored results, or what a process document
     * stores of them changes, so that the index is flagged again at the next start. 2: the observation's column of
     * doc values that the population's statistics are counted from.
     */
    static final int LOGIC_VERSION = 2;

    private static final String DEFAULTS = "/flags/national.ini";

    /** The national defaults: every flag, R003 for competitive procedures only, no MX02 thresholds. */
    public static NationalSettings defaults() {
        return of(defaultsText());
    }

    /** The national defaults as their INI text, to which a settings file may add its own sections. */
    public static String defaultsText() {
        try (InputStream in = NationalSettings.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("The national flag settings (" + DEFAULTS + ") are not on the "
                        + "classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings of an INI file (Cardinal's format, with the Mexican flags' sections). */
    public static NationalSettings read(Path file) throws IOException {
        return of(Files.readString(file));
    }

    /** The settings an INI text states (a flag runs only if its section is there). */
    public static NationalSettings of(String text) {
        return new NationalSettings(FlagSettings.from(IniSettings.parse(text)).national(), digest(text));
    }

    private static String digest(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("v" + LOGIC_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(text.strip().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
