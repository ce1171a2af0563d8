package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.profile.Codelist;
import org.ocdsnacional.ocds.profile.Codelists;
import org.ocdsnacional.ocds.profile.FieldSpec;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A value outside its field's codelist: an error for a closed codelist, a warning for an open one. As in
 * lib-cove-ocds, empty and false values are not looked at; a closed codelist whose file could not be read is
 * checked against the field's {@code enum}.
 */
final class CodelistCheck {

    private CodelistCheck() {
    }

    static void check(FieldSpec spec, JsonNode value, Location at, Codelists codelists, Findings findings) {
        if (spec.codelist().isEmpty() || isFalsy(value)) {
            return;
        }
        FieldSpec.CodelistRef ref = spec.codelist().get();
        Optional<Codelist> codelist = codelists.get(ref.name());
        Set<String> codes = codelist.map(Codelist::codes).orElseGet(() -> fallback(spec, ref));
        String text = text(value);
        if (codes.isEmpty() || codes.contains(text)) {
            return;
        }
        report(ref, codelist, text, at.pointer(), findings);
    }

    private static void report(FieldSpec.CodelistRef ref, Optional<Codelist> codelist, String text, String at,
                               Findings findings) {
        boolean amended = codelist.map(Codelist::amended).orElse(false);
        String url = codelist.map(Codelist::url).orElse("");
        boolean extensionCodelist = codelist.map(Codelist::fromExtension).orElse(false);
        Map<String, String> details = Map.of("codelist", ref.name(), "open", Boolean.toString(ref.open()),
                "amendedByExtension", Boolean.toString(amended), "extensionCodelist",
                Boolean.toString(extensionCodelist), "codelistUrl", url);
        String by = amended ? " (modificada por una extensión)" : "";
        String byEn = amended ? " (amended by an extension)" : "";
        if (ref.open()) {
            findings.add(Severity.WARNING, "codelist.open", at, text, () -> Texts.about(text, at,
                    "no está en la lista de códigos abierta «" + ref.name() + "»" + by + ": use un código de la lista "
                            + "si alguno corresponde", "is not in the open codelist «" + ref.name() + "»" + byEn
                            + ": use a code of the list if one fits"), details);
            return;
        }
        findings.add(Severity.ERROR, "codelist.closed", at, text, () -> Texts.about(text, at,
                "no está en la lista de códigos cerrada «" + ref.name() + "»" + by + ": use uno de sus códigos",
                "is not in the closed codelist «" + ref.name() + "»" + byEn + ": use one of its codes"), details);
    }

    private static Set<String> fallback(FieldSpec spec, FieldSpec.CodelistRef ref) {
        return ref.open() ? Set.of() : Set.copyOf(spec.enumValues());
    }

    /** Python's falsy values, which lib-cove-ocds skips: null, "", 0, false. */
    private static boolean isFalsy(JsonNode value) {
        return value.isNull() || value.isContainerNode() || (value.isTextual() && value.asText().isEmpty())
                || (value.isNumber() && value.asDouble() == 0) || (value.isBoolean() && !value.asBoolean());
    }

    /** The value as Python's {@code str()} writes it, which is what lib-cove-ocds compares with the codes. */
    private static String text(JsonNode value) {
        if (value.isBoolean()) {
            return "True";
        }
        return value.asText();
    }
}
