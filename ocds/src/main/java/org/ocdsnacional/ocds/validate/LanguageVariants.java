package org.ocdsnacional.ocds.validate;

import java.util.regex.Pattern;

/**
 * Field names that are a language variant of another field ({@code title_es}, {@code name_fr}): the name, an
 * underscore and a BCP 47 language tag, as lib-cove-ocds recognises them (they are not additional fields).
 */
final class LanguageVariants {

    private static final Pattern VARIANT = Pattern.compile("^(.*_(((([A-Za-z]{2,3}(-([A-Za-z]{3}(-[A-Za-z]{3}){0,2}))?)"
            + "|[A-Za-z]{4}|[A-Za-z]{5,8})(-([A-Za-z]{4}))?(-([A-Za-z]{2}|[0-9]{3}))?(-([A-Za-z0-9]{5,8}"
            + "|[0-9][A-Za-z0-9]{3}))*(-([0-9A-WY-Za-wy-z](-[A-Za-z0-9]{2,8})+))*(-(x(-[A-Za-z0-9]{1,8})+))?)"
            + "|(x(-[A-Za-z0-9]{1,8})+)))$");

    private LanguageVariants() {
    }

    static boolean matches(String name) {
        return name.indexOf('_') >= 0 && VARIANT.matcher(name).matches();
    }
}
