package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.util.Optional;

/**
 * The schema version a package is validated against. A version asked for by the user (the command line's
 * {@code --schema-version}) wins when it is a known one; otherwise the version the package declares, decided as
 * for merging ({@link OcdsVersion#declaredBy}): "1.0" or "1.1"; 1.0 when it declares none; 1.1 when it declares
 * something else, such as "1.bad" or the number 1.1, which is reported.
 *
 * @param version         the version used
 * @param invalidDeclared what the package declared, as JSON text, when it is not a known version
 * @param invalidSelected what the user asked for, when it is not a known version
 */
public record VersionChoice(OcdsVersion version, Optional<String> invalidDeclared, Optional<String> invalidSelected) {

    public static VersionChoice of(Optional<String> selected, PackageMetadata packageInfo) {
        Optional<OcdsVersion> chosen = selected.flatMap(OcdsVersion::of);
        Optional<String> invalidSelected = selected.filter(s -> chosen.isEmpty());
        Optional<String> invalidDeclared = unknown(packageInfo.declaredVersion());
        return new VersionChoice(chosen.orElseGet(() -> OcdsVersion.declaredBy(packageInfo)),
                chosen.isPresent() ? Optional.empty() : invalidDeclared, invalidSelected);
    }

    /** What the package declared, when it is neither absent, nor blank, nor a known version. */
    private static Optional<String> unknown(Optional<JsonNode> declared) {
        return declared.filter(value -> !(value.isTextual() && (value.asText().isBlank()
                        || OcdsVersion.of(value.asText()).isPresent())))
                .map(value -> value.isTextual() ? value.asText() : value.toString());
    }

    /** Whether the package declared a value that is not a string. */
    boolean declaredNotText(PackageMetadata packageInfo) {
        return invalidDeclared.isPresent() && packageInfo.declaredVersion().map(v -> !v.isTextual()).orElse(false);
    }
}
