package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.profile.FieldSpec;

import java.util.Map;

/** The issues about fields: empty, outside the schema, deprecated, items without an id. */
final class FieldIssues {

    private FieldIssues() {
    }

    static void empty(String at, Findings findings) {
        findings.add(Severity.WARNING, "field.empty", at, "", () -> new Texts(
                "El campo " + at + " está presente pero vacío: quítelo o dele un valor",
                "The field " + at + " is present but empty: remove it or give it a value"));
    }

    static void additional(String at, JsonNode value, Findings findings) {
        String example = value.isContainerNode() ? "" : IssueMapper.text(value);
        findings.add(Severity.WARNING, "field.additional", at, example, () -> new Texts(
                "El campo " + at + " no está en el esquema de OCDS ni en las extensiones declaradas: si viene de "
                        + "una extensión, declárela en «extensions»; si es un error de escritura, corríjalo",
                "The field " + at + " is in neither the OCDS schema nor the declared extensions: if it comes from "
                        + "an extension, declare it in «extensions»; if it is a typo, fix it"));
    }

    static void deprecated(String at, FieldSpec.Deprecation deprecation, Findings findings) {
        findings.add(Severity.WARNING, "field.deprecated", at, deprecation.version(), () -> new Texts(
                "El campo " + at + " es obsoleto desde la versión " + deprecation.version() + ": "
                        + deprecation.description(),
                "The field " + at + " is deprecated since version " + deprecation.version() + ": "
                        + deprecation.description()),
                Map.of("deprecatedIn", deprecation.version(), "explanation", deprecation.description()));
    }

    static void missingId(String item, Findings findings) {
        String at = JsonPointers.child(item, "id");
        findings.add(Severity.WARNING, "field.missing_id", at, "", () -> new Texts(
                "El elemento " + item + " no tiene «id»: sin él no se puede identificar ni actualizar en entregas "
                        + "posteriores",
                "The item " + item + " has no «id»: without it, it cannot be identified or updated by later "
                        + "releases"));
    }
}
