package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/** The errors about a record's {@code releases} array as a whole. */
final class RecordTexts {

    private RecordTexts() {
    }

    static void notAnArray(JsonNode releases, String at, Findings findings) {
        findings.add(Severity.ERROR, "schema.type", at, "releases", IssueMapper.text(releases), () -> Texts.about(
                IssueMapper.text(releases), at, "debe ser una lista (arreglo) de entregas enlazadas o incrustadas",
                "must be an array of linked or embedded releases"), RecordChecks.LINKED);
    }

    static void empty(String at, Findings findings) {
        findings.add(Severity.ERROR, "schema.minItems", at, "releases", "[]", () -> Texts.about("[]", at,
                "no puede ser una lista vacía", "must not be an empty array"), RecordChecks.LINKED);
    }

    static void mixture(String at, Findings findings) {
        findings.add(Severity.ERROR, "schema.oneOf", at, "releases", "", () -> new Texts(
                "La lista " + at + " mezcla entregas incrustadas (con «id») y enlazadas (sin «id»): deben ser todas "
                        + "de un tipo",
                "The array " + at + " mixes embedded releases (with an «id») and linked releases (without): they "
                        + "must all be of one kind"), Map.of("peer", "releases_both_embedded_and_linked"));
    }
}
