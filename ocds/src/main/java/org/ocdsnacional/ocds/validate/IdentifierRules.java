package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.mx.Rfc;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Mexican taxpayer ids (RFC) in identifiers: under the scheme {@code MX-RFC} (or the bare {@code RFC} some
 * publishers write) the id must be an RFC, 12 characters for a company and 13 for a person, as the SAT writes it;
 * an RFC published without any scheme is pointed out too.
 */
final class IdentifierRules {

    private static final String SCHEME = "MX-RFC";

    private IdentifierRules() {
    }

    static void check(JsonNode identifier, Location place, Findings findings) {
        JsonNode id = identifier.get("id");
        if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            return;
        }
        String text = id.asText();
        String scheme = identifier.path("scheme").asText("").trim().toUpperCase(Locale.ROOT);
        if (scheme.equals(SCHEME) || scheme.equals("RFC")) {
            String at = place.pointer();
            rfc(text, JsonPointers.child(at, "id"), findings);
            if (scheme.equals("RFC")) {
                bareScheme(identifier.path("scheme").asText(), JsonPointers.child(at, "scheme"), findings);
            }
        } else if (scheme.isEmpty() && Rfc.normalise(text).isPresent()) {
            findings.add(Severity.INFO, "mx.rfc_without_scheme", JsonPointers.child(place.pointer(), "scheme"), text,
                    () -> new Texts(
                            "El identificador «" + text + "» parece un RFC pero no tiene esquema (scheme): agregue "
                                    + "«MX-RFC»",
                            "The identifier «" + text + "» looks like an RFC but has no scheme: add «MX-RFC»"),
                    Map.of("expected", SCHEME));
        }
    }

    private static void bareScheme(String scheme, String at, Findings findings) {
        findings.add(Severity.INFO, "mx.rfc_scheme", at, scheme, () -> new Texts(
                        "Use «MX-RFC» como esquema (scheme) del RFC, el código de org-id.guide, en lugar de «RFC»",
                        "Use «MX-RFC», the org-id.guide code, as the scheme of an RFC instead of «RFC»"),
                Map.of("expected", SCHEME));
    }

    private static void rfc(String text, String at, Findings findings) {
        Optional<String> canonical = Rfc.normalise(text);
        if (canonical.isEmpty()) {
            findings.add(Severity.WARNING, "mx.rfc_invalid", at, text, () -> Texts.about(text, at,
                    "no es un RFC válido: 3 letras (personas morales) o 4 (personas físicas), la fecha AAMMDD y "
                            + "3 caracteres de homoclave, p. ej. SAT970701NN3",
                    "is not a valid RFC: 3 letters (companies) or 4 (people), the date YYMMDD and a 3-character "
                            + "homoclave, e.g. SAT970701NN3"));
        } else if (!canonical.get().equals(text)) {
            findings.add(Severity.INFO, "mx.rfc_not_canonical", at, text, () -> Texts.about(text, at,
                    "es un RFC, pero publíquelo como lo escribe el SAT: " + canonical.get(),
                    "is an RFC, but publish it as the SAT writes it: " + canonical.get()),
                    Map.of("expected", canonical.get()));
        }
    }
}
