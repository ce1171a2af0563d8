package org.ocdsnacional.analytics.settings;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the properties of one section as typed values, and refuses properties nobody read (a misspelt key would
 * otherwise be ignored silently): call {@link #done()} after reading.
 */
public final class SectionReader {

    private final String section;
    private final Map<String, String> properties;
    private final Set<String> read = new HashSet<>();

    SectionReader(String section, Map<String, String> properties) {
        this.section = section;
        this.properties = properties;
    }

    public Optional<String> text(String key) {
        read.add(key);
        return Optional.ofNullable(properties.get(key));
    }

    public OptionalLong whole(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get()));
        } catch (NumberFormatException e) {
            throw invalid(key, text.get(), "un número entero / a whole number");
        }
    }

    public OptionalDouble decimal(String key) {
        Optional<String> text = text(key);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text.get()));
        } catch (NumberFormatException e) {
            throw invalid(key, text.get(), "un número / a number");
        }
    }

    public Optional<BigDecimal> amount(String key) {
        Optional<String> text = text(key);
        try {
            return text.map(BigDecimal::new);
        } catch (NumberFormatException e) {
            throw invalid(key, text.orElseThrow(), "un monto / an amount");
        }
    }

    /** A pipe-separated list ({@code open|selective}), as Cardinal splits it; empty when absent. */
    public Set<String> pipeSeparated(String key) {
        return text(key).map(SectionReader::split).orElse(Set.of());
    }

    /** Every property of the section, all read. */
    public Map<String, String> all() {
        read.addAll(properties.keySet());
        return properties;
    }

    /** Fails on any property that was not read. */
    public void done() {
        for (String key : properties.keySet()) {
            if (!read.contains(key)) {
                throw new SettingsException("Propiedad desconocida / Unknown property: " + key + " en la sección / in "
                        + "section [" + section + "]");
            }
        }
    }

    public SettingsException invalid(String key, String value, String expected) {
        return new SettingsException("Valor inválido / Invalid value en / in [" + section + "] " + key + " = " + value
                + ": se espera / expected " + expected);
    }

    /** Splits at each {@code |}, a final {@code |} ending the last part (Rust's {@code split_terminator}). */
    static Set<String> split(String value) {
        if (value.isEmpty()) {
            return Set.of();
        }
        String[] parts = value.split("\\|", -1);
        int count = value.endsWith("|") ? parts.length - 1 : parts.length;
        return Set.copyOf(Arrays.asList(parts).subList(0, count));
    }
}
