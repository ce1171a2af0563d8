package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.Release;

/** Issues about how a release could be validated, rather than about its content. */
final class PackageIssues {

    private PackageIssues() {
    }

    /** The package declares a version that is not 1.0 or 1.1 (lib-cove-ocds: "not one of 1.0, 1.1"). */
    static ValidationIssue unknownVersion(String declared, VersionChoice choice, Release release) {
        String used = choice.version().label();
        return new ValidationIssue(Severity.ERROR, "version.unknown", "", "version", declared,
                "La versión «" + declared + "» declarada en el paquete no es una versión de OCDS (1.0 o 1.1); "
                        + "se validó contra la versión " + used,
                "The package declares version «" + declared + "», which is not an OCDS version (1.0 or 1.1); "
                        + "validated against version " + used,
                release.ocid(), release.id());
    }

    /** The release schema could not be read or compiled: the release was not checked against it. */
    static ValidationIssue schemaUnavailable(SchemaOutcome.Unavailable missing, Release release) {
        return new ValidationIssue(Severity.ERROR, "schema.unavailable", "", "", missing.url().toString(),
                "No se pudo obtener el esquema " + missing.url() + " (" + missing.reason() + "); "
                        + "la entrega no se validó contra el esquema",
                "The schema " + missing.url() + " could not be had (" + missing.reason() + "); "
                        + "the release was not validated against it",
                release.ocid(), release.id());
    }
}
