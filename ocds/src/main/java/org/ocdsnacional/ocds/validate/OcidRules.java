package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ocid starts with a registered prefix, {@code ocds-} and six lower-case letters or digits (lib-cove-ocds's
 * rule, case-sensitive); the prefixes that tools put in by default ({@code ocds-a2ef3d}, the INAI tool's
 * {@code CONTRATACION-}) are placeholders, not registrations.
 */
final class OcidRules {

    private static final Pattern PREFIX = Pattern.compile("^ocds-[a-z0-9]{6}");
    private static final List<String> PLACEHOLDERS = List.of("ocds-a2ef3d", "contratacion-");

    private OcidRules() {
    }

    /** Checks the {@code ocid} of {@code holder} (a release or a record) at {@code pointer}. */
    static void check(JsonNode holder, String pointer, Findings findings) {
        JsonNode ocid = holder.get("ocid");
        if (ocid == null || !ocid.isTextual() || ocid.asText().isEmpty()) {
            return;
        }
        String text = ocid.asText();
        String at = JsonPointers.child(pointer, "ocid");
        if (!PREFIX.matcher(text).lookingAt()) {
            findings.add(Severity.WARNING, "ocid.prefix", at, text, () -> Texts.about(text, at,
                    "no empieza con un prefijo de ocid registrado: «ocds-» y seis letras minúsculas o dígitos "
                            + "(p. ej. ocds-xs1qbl-); solicítelo a Open Contracting Partnership",
                    "does not start with a registered ocid prefix: «ocds-» and six lower-case letters or digits "
                            + "(e.g. ocds-xs1qbl-); request one from the Open Contracting Partnership"));
        }
        String lower = text.toLowerCase(Locale.ROOT);
        PLACEHOLDERS.stream().filter(lower::startsWith).findFirst().ifPresent(placeholder ->
                findings.add(Severity.WARNING, "ocid.placeholder_prefix", at, text, () -> Texts.about(text, at,
                        "usa el prefijo «" + placeholder + "», que la herramienta pone por omisión: configure el "
                                + "prefijo registrado de su institución",
                        "uses the prefix «" + placeholder + "», which the tool puts in by default: configure your "
                                + "institution's registered prefix")));
    }
}
