package org.ocdsnacional.web.http;

import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.web.i18n.Texts;

import java.util.List;

/**
 * What is wrong with an address, worded as the API words its errors: Spanish first, English beside it, whatever the
 * page's language, each value shown as the query layer shows it ({@link InvalidQueryException#shown}: quoted, on
 * one line, cut at 40 characters), so that a value outside a list reads the same on a 400 page as in a GraphQL
 * error.
 */
public final class Problems {

    private Problems() {
    }

    /** The text of {@code key} in Spanish, then in English: {@code «…» / «…»}. */
    public static String bilingual(String key, Object... arguments) {
        return Texts.of(Language.ES).get(key, arguments) + " / " + Texts.of(Language.EN).get(key, arguments);
    }

    /** A value that is not one of {@code allowed}, for the parameter {@code name}: the API's words for it. */
    public static String notAllowed(String name, String value, List<String> allowed) {
        return bilingual("problem.choice", name, InvalidQueryException.shown(value), String.join(", ", allowed));
    }

    /** A {@link BadRequestException} for a value that is not one of {@code allowed}. */
    public static BadRequestException refused(String name, String value, List<String> allowed) {
        return new BadRequestException(notAllowed(name, value, allowed));
    }
}
