package org.ocdsnacional.web.i18n;

import org.ocdsnacional.web.http.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the portal shows, from the resource bundles {@code portal/messages} (Spanish, the default) and
 * {@code portal/messages_en}. Placeholders are {@code {0}}, {@code {1}}…, replaced as given (no MessageFormat
 * quoting rules: an apostrophe is an apostrophe).
 */
public final class Texts {

    static final String BUNDLE = "portal.messages";
    private static final Map<Language, Texts> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Texts(ResourceBundle.getBundle(BUNDLE, language.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))));
        }
    }

    private final ResourceBundle bundle;

    private Texts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Texts of(Language language) {
        return ALL.get(language);
    }

    /** The text of {@code key} with its placeholders replaced; the key itself when the bundles lack it. */
    public String get(String key, Object... arguments) {
        String text = find(key).orElse(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    /** Whether the bundles have {@code key}. */
    public boolean has(String key) {
        return find(key).isPresent();
    }

    /** The text of {@code key}, or {@code fallback} (a code as published, say) when the bundles lack it. */
    public String orElse(String key, String fallback) {
        return find(key).orElse(fallback);
    }

    private Optional<String> find(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
