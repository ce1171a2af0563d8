package org.ocdsnacional.web.http;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages of the portal: Spanish first, English beside it. */
public enum Language {
    ES("es", Locale.forLanguageTag("es-MX")),
    EN("en", Locale.forLanguageTag("en-US"));

    /** The query parameter and cookie that choose the language. */
    public static final String PARAMETER = "lang";

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The other language, for the switch. */
    public Language other() {
        return this == ES ? EN : ES;
    }

    /** The language of a code ({@code es}, {@code en}); empty for any other text. */
    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
