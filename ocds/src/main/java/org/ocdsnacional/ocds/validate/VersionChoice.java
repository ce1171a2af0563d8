package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.schema.OcdsVersion;

import java.util.Optional;

/**
 * The schema version a package is validated against. A version asked for by the user (the command line's
 * {@code --schema-version}) wins when it is a known one; otherwise the package's {@code version}: "1.0" or
 * "1.1"; 1.0 when the package declares none (as the standard says, and lib-cove-ocds did until it moved its
 * default to 1.1); 1.1 when it declares something else, such as "1.bad" or the number 1.1, which is reported.
 *
 * @param version         the version used
 * @param invalidDeclared what the package declared, as JSON text, when it is not a known version
 * @param invalidSelected what the user asked for, when it is not a known version
 */
public record VersionChoice(OcdsVersion version, Optional<String> invalidDeclared, Optional<String> invalidSelected) {

    /** What an unknown declared version falls back to. */
    public static final OcdsVersion FALLBACK = OcdsVersion.V1_1;
    /** What a package that declares no version is validated against. */
    public static final OcdsVersion UNDECLARED = OcdsVersion.V1_0;

    public static VersionChoice of(Optional<String> selected, PackageMetadata packageInfo) {
        Optional<OcdsVersion> chosen = selected.flatMap(OcdsVersion::of);
        Optional<String> invalidSelected = selected.filter(s -> chosen.isEmpty());
        if (chosen.isPresent()) {
            return new VersionChoice(chosen.get(), Optional.empty(), invalidSelected);
        }
        return declared(packageInfo.declaredVersion(), invalidSelected);
    }

    private static VersionChoice declared(Optional<JsonNode> declared, Optional<String> invalidSelected) {
        if (declared.isEmpty() || declared.get().isTextual() && declared.get().asText().isEmpty()) {
            return new VersionChoice(UNDECLARED, Optional.empty(), invalidSelected);
        }
        JsonNode value = declared.get();
        Optional<OcdsVersion> known = value.isTextual() ? OcdsVersion.of(value.asText()) : Optional.empty();
        return known.map(v -> new VersionChoice(v, Optional.<String>empty(), invalidSelected))
                .orElseGet(() -> new VersionChoice(FALLBACK, Optional.of(value.isTextual() ? value.asText()
                        : value.toString()), invalidSelected));
    }

    /** Whether the package declared a value that is not a string. */
    boolean declaredNotText(PackageMetadata packageInfo) {
        return invalidDeclared.isPresent() && packageInfo.declaredVersion().map(v -> !v.isTextual()).orElse(false);
    }
}
