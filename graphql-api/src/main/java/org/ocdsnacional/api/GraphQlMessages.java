package org.ocdsnacional.api;

import graphql.validation.ValidationErrorType;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * graphql-java's messages in Spanish first with the English beside them. Its resource bundles are given in Spanish
 * and English ({@code i18n/*_es.properties}, used because queries run in the {@link #LOCALE} locale); the few messages
 * it writes without a bundle (values of variables that cannot be coerced, good-faith introspection) are translated
 * here from their English, keeping their details (variable, field and type names). The values of the query they quote
 * are written as the client wrote them ({@link QueryLiterals}). The Spanish half says where in the query a validation
 * error stands ("en «processes»") instead of graphql-java's classification ("WrongType@[processes]"), which the
 * English half keeps.
 */
final class GraphQlMessages {

    /** The locale graphql-java runs in, so that it reads the Spanish and English bundles. */
    static final Locale LOCALE = Locale.forLanguageTag("es-MX");

    private static final String SEPARATOR = " / ";
    /** graphql-java's "(WrongType@[processes/edges])" or "(FieldUndefined)" in a validation message. */
    private static final Pattern CLASSIFICATION = Pattern.compile(" ?\\((?:"
            + Arrays.stream(ValidationErrorType.values()).map(Enum::name).collect(Collectors.joining("|"))
            + ")(?:@\\[([^\\]]*)])?\\)");
    private static final List<Translation> TRANSLATIONS = List.of(
            Translation.nested("(Variable '(.*?)' has an invalid value: )(.*)", m -> {
                Halves detail = halves(m.group(3), "valor inválido");
                return new Halves("la variable «" + m.group(2) + "» no tiene un valor válido: " + detail.spanish(),
                        m.group(1) + detail.english());
            }),
            new Translation("Variable '(.*?)' has coerced Null value for NonNull type '(.*)'",
                    m -> "la variable «" + m.group(1) + "» es nula y su tipo «" + m.group(2) + "» no admite nulos"),
            new Translation("Field '(.*?)' of variable '(.*?)' has coerced Null value for NonNull type '(.*)'",
                    m -> "el campo «" + m.group(1) + "» de la variable «" + m.group(2) + "» es nulo y su tipo «"
                            + m.group(3) + "» no admite nulos"),
            new Translation("(?:Input field|Field|Argument) '(.*?)' has coerced Null value for NonNull type '(.*)'",
                    m -> "«" + m.group(1) + "» es nulo y su tipo «" + m.group(2) + "» no admite nulos"),
            new Translation("Coerced Null value for NonNull type '(.*)'",
                    m -> "un valor es nulo y su tipo «" + m.group(1) + "» no admite nulos"),
            new Translation("The variables input contains a field name '(.*?)' that is not defined for input object "
                    + "type '(.*)'", m -> "las variables tienen un campo «" + m.group(1) + "» que el tipo «"
                    + m.group(2) + "» no tiene"),
            new Translation("Expect Map as input", m -> "se esperaba un objeto"),
            new Translation("Must provide operation name if query contains multiple operations\\.",
                    m -> "la consulta tiene varias operaciones: diga cuál ejecutar con «operationName»"),
            new Translation("Unknown operation named '(.*)'\\.",
                    m -> "la consulta no tiene una operación llamada «" + m.group(1) + "»"),
            new Translation("This request is not asking for introspection in good faith - (.*)",
                    m -> "esta consulta no pide la introspección de buena fe (" + m.group(1) + ")"));

    private GraphQlMessages() {
    }

    /**
     * {@code message} in Spanish and English: translated when it is one of graphql-java's English-only messages,
     * as it is when it already is bilingual, and otherwise introduced by {@code fallback} (Spanish).
     */
    static String bilingual(String message, String fallback) {
        Halves halves = halves(QueryLiterals.readable(message.strip()), fallback);
        return capitalized(located(halves.spanish())) + SEPARATOR + halves.english();
    }

    private static String located(String spanish) {
        return CLASSIFICATION.matcher(spanish).replaceAll(classified -> {
            String path = classified.group(1);
            return path == null || path.isEmpty() ? "" : " (en «" + Matcher.quoteReplacement(path) + "»)";
        });
    }

    private static Halves halves(String message, String fallback) {
        for (Translation translation : TRANSLATIONS) {
            Matcher matcher = translation.pattern().matcher(message);
            if (matcher.matches()) {
                return translation.halves().apply(matcher);
            }
        }
        int separator = message.indexOf(SEPARATOR);
        return separator < 0 ? new Halves(fallback, message)
                : new Halves(message.substring(0, separator), message.substring(separator + SEPARATOR.length()));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(LOCALE) + text.substring(1);
    }

    private record Halves(String spanish, String english) {
    }

    private record Translation(Pattern pattern, Function<Matcher, Halves> halves) {
        /** A message translated whole: its English stays as it is. */
        Translation(String regex, Function<Matcher, String> spanish) {
            this(Pattern.compile(regex, Pattern.DOTALL), m -> new Halves(spanish.apply(m), m.group()));
        }

        /** A message whose last part is another message, translated in its turn. */
        static Translation nested(String regex, Function<Matcher, Halves> halves) {
            return new Translation(Pattern.compile(regex, Pattern.DOTALL), halves);
        }
    }
}
