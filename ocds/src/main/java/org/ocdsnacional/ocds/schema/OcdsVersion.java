package org.ocdsnacional.ocds.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The OCDS versions a package may declare, and the schema release each one is validated against and merged by:
 * "1.0" → 1.0.3, "1.1" → 1.1.5 (the patch releases a publisher cannot choose). Which one data is read by is decided
 * once, here ({@link #declaredBy}), for validation and merging alike.
 */
public enum OcdsVersion {
    V1_0("1.0", "https://standard.open-contracting.org/schema/1__0__3/"),
    V1_1("1.1", "https://standard.open-contracting.org/schema/1__1__5/");

    private final String label;
    private final String schemaBase;

    OcdsVersion(String label, String schemaBase) {
        this.label = label;
        this.schemaBase = schemaBase;
    }

    /** The version as a package declares it: "1.0" or "1.1". */
    public String label() {
        return label;
    }

    /** The URL of this version's release schema. */
    public URI releaseSchemaUrl() {
        return schemaUrl("release-schema.json");
    }

    /** The URL of a file of this version's schema, e.g. {@code release-package-schema.json}. */
    public URI schemaUrl(String file) {
        return URI.create(schemaBase + file);
    }

    /** The URL of one of this version's core codelists, e.g. {@code tenderStatus.csv}. */
    public URI codelistUrl(String name) {
        return schemaUrl("codelists/" + name);
    }

    /** What data that declares no version is read by: 1.0, as the standard says and ocdskit decides. */
    public static final OcdsVersion UNDECLARED = V1_0;
    /** What a version that is not a known one (such as "1.bad", or the number 1.1) falls back to, as lib-cove-ocds. */
    public static final OcdsVersion FALLBACK = V1_1;

    /** The version a package declares with {@code label}, if it is one of the known ones (exact match). */
    public static Optional<OcdsVersion> of(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    /**
     * The version data is validated against and merged by: the package's {@code version} when it is "1.0" or "1.1";
     * {@link #UNDECLARED} (1.0) when there is none, or it is blank, and for releases without a package;
     * {@link #FALLBACK} (1.1) for anything else.
     */
    public static OcdsVersion declaredBy(PackageMetadata packageInfo) {
        Optional<JsonNode> declared = packageInfo.declaredVersion();
        if (declared.isEmpty() || declared.get().isTextual() && declared.get().asText().isBlank()) {
            return UNDECLARED;
        }
        return declared.filter(JsonNode::isTextual).flatMap(version -> of(version.asText())).orElse(FALLBACK);
    }
}
