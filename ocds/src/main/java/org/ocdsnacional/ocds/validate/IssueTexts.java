package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What a publisher reads about a schema error, in Spanish and in English. */
final class IssueTexts {

    private static final int MAX_LISTED_VALUES = 12;
    private static final Map<String, Texts> TYPE_NAMES = Map.of(
            "string", new Texts("texto", "a string"),
            "number", new Texts("un número", "a number"),
            "integer", new Texts("un número entero", "an integer"),
            "boolean", new Texts("true o false", "true or false"),
            "object", new Texts("un objeto", "an object"),
            "array", new Texts("una lista (arreglo)", "an array"),
            "null", new Texts("null", "null"));

    private IssueTexts() {
    }

    static Texts describe(SchemaProblem p) {
        return switch (p.keyword()) {
            case "required" -> new Texts(
                    "Falta el campo obligatorio «" + p.field() + "» en " + Texts.where(p.parent(), p.root(), true),
                    "Required field «" + p.field() + "» is missing at " + Texts.where(p.parent(), p.root(), false));
            case "additionalProperties" -> new Texts(
                    "El campo «" + p.field() + "» no está permitido en " + Texts.where(p.parent(), p.root(), true),
                    "Field «" + p.field() + "» is not allowed at " + Texts.where(p.parent(), p.root(), false));
            case UniqueIdsKeyword.DUPLICATE_ID -> new Texts(
                    "El id «" + Texts.shown(p.value()) + "» se repite en la lista " + p.path()
                            + ": cada elemento necesita un id único",
                    "The id «" + Texts.shown(p.value()) + "» is repeated in the array " + p.path()
                            + ": each item needs a unique id");
            case "uniqueItems" -> new Texts(
                    "La lista en " + p.path() + " tiene elementos repetidos",
                    "The array at " + p.path() + " has repeated items");
            case "type" -> type(p);
            case "enum" -> enumeration(p);
            case "format" -> format(p);
            case "pattern" -> about(p, "no cumple el patrón " + p.rule().asText(),
                    "does not match the pattern " + p.rule().asText());
            case "minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum" -> limit(p);
            default -> new Texts(
                    "No cumple la regla «" + p.keyword() + "» del esquema en " + p.path() + ": " + p.fallback(),
                    p.fallback());
        };
    }

    private static Texts type(SchemaProblem p) {
        List<String> expected = expectedTypes(p.rule());
        boolean numeric = expected.contains("number") || expected.contains("integer");
        return about(p,
                "debe ser " + typeNames(expected, Texts::es, " o ")
                        + (numeric ? "; los números van sin comillas ni separadores de miles" : ""),
                "must be " + typeNames(expected, Texts::en, " or ")
                        + (numeric ? "; numbers go without quotes or thousands separators" : ""));
    }

    private static Texts enumeration(SchemaProblem p) {
        String allowed = allowedValues(p.rule());
        return about(p, "no es un valor permitido; valores permitidos: " + allowed,
                "is not an allowed value; allowed values: " + allowed);
    }

    private static Texts format(SchemaProblem p) {
        String format = p.rule().asText();
        return switch (format) {
            case "date-time" -> about(p,
                    "no es una fecha y hora válida (RFC 3339): use el formato 2024-05-31T13:45:00-06:00, "
                            + "con hora y zona horaria",
                    "is not a valid date-time (RFC 3339): use the format 2024-05-31T13:45:00-06:00, "
                            + "with time and time zone");
            case "uri" -> about(p,
                    "no es una URI absoluta válida (p. ej. https://ejemplo.gob.mx/documento.pdf; "
                            + "codifique espacios y acentos)",
                    "is not a valid absolute URI (e.g. https://example.gob.mx/document.pdf; "
                            + "percent-encode spaces and accents)");
            default -> about(p, "no tiene el formato «" + format + "»", "is not in the «" + format + "» format");
        };
    }

    private static Texts limit(SchemaProblem p) {
        String n = p.rule().asText();
        boolean one = "1".equals(n);
        return switch (p.keyword()) {
            case "minLength" -> one ? about(p, "no puede estar vacío", "must not be empty")
                    : about(p, "debe tener al menos " + n + " caracteres", "must have at least " + n + " characters");
            case "maxLength" -> about(p, "debe tener como máximo " + n + " caracteres", "must have at most " + n + " characters");
            case "minItems" -> one ? about(p, "no puede ser una lista vacía", "must not be an empty array")
                    : about(p, "debe tener al menos " + n + " elementos", "must have at least " + n + " items");
            case "maxItems" -> about(p, "debe tener como máximo " + n + " elementos", "must have at most " + n + " items");
            case "minimum" -> about(p, "debe ser mayor o igual que " + n, "must be greater than or equal to " + n);
            default -> about(p, "debe ser menor o igual que " + n, "must be less than or equal to " + n);
        };
    }

    /** «value» at path, then what is wrong with it. */
    private static Texts about(SchemaProblem p, String es, String en) {
        return Texts.about(p.value(), p.path(), p.root(), es, en);
    }

    private static List<String> expectedTypes(JsonNode rule) {
        List<String> types = new ArrayList<>();
        if (rule.isArray()) {
            rule.forEach(t -> types.add(t.asText()));
        } else {
            types.add(rule.asText());
        }
        return types;
    }

    private static String typeNames(List<String> types, Function<Texts, String> language, String or) {
        List<String> names = types.stream()
                .map(type -> language.apply(TYPE_NAMES.getOrDefault(type, new Texts(type, type))))
                .toList();
        return String.join(or, names);
    }

    private static String allowedValues(JsonNode rule) {
        List<String> values = new ArrayList<>();
        rule.forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        String listed = String.join(", ", values.subList(0, Math.min(values.size(), MAX_LISTED_VALUES)));
        return values.size() > MAX_LISTED_VALUES ? listed + ", …" : listed;
    }
}
