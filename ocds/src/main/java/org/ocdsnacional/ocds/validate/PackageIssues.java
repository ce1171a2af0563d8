package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.profile.ExtensionOutcome;
import org.ocdsnacional.ocds.profile.ExtensionProblem;

import java.util.Map;

/** Issues about how a package could be validated (its version, its extensions), rather than about its content. */
final class PackageIssues {

    private PackageIssues() {
    }

    /** The package declares a version that is not 1.0 or 1.1 (lib-cove-ocds: "not one of 1.0, 1.1"). */
    static void version(VersionChoice choice, PackageMetadata packageInfo, Findings findings) {
        choice.invalidSelected().ifPresent(selected -> findings.add(Severity.ERROR, "version.selected_unknown", "",
                "version", selected, () -> new Texts(
                        "Se pidió validar con la versión «" + selected + "», que no es una versión de OCDS (1.0 o "
                                + "1.1); se usó la versión " + choice.version().label(),
                        "Validation was asked for version «" + selected + "», which is not an OCDS version (1.0 or "
                                + "1.1); version " + choice.version().label() + " was used"), Map.of()));
        choice.invalidDeclared().ifPresent(declared -> findings.add(Severity.ERROR,
                choice.declaredNotText(packageInfo) ? "version.malformed" : "version.unknown", "/version", "version",
                declared, () -> new Texts(
                        "La versión «" + declared + "» declarada en el paquete no es una versión de OCDS: escriba "
                                + "\"1.1\" (o \"1.0\"), entre comillas; se validó contra la versión "
                                + choice.version().label(),
                        "The package declares version «" + declared + "», which is not an OCDS version: write "
                                + "\"1.1\" (or \"1.0\"), in quotes; validated against version "
                                + choice.version().label()), Map.of("used", choice.version().label())));
    }

    /** What went wrong with each declared extension, at its place in the package's {@code extensions}. */
    static void extensions(Iterable<ExtensionOutcome> outcomes, PackageMetadata packageInfo, Findings findings) {
        for (ExtensionOutcome outcome : outcomes) {
            String path = "/extensions/" + Math.max(0, packageInfo.extensions().indexOf(outcome.url()));
            for (ExtensionProblem problem : outcome.problems()) {
                ExtensionTexts.add(outcome, problem, path, findings);
            }
        }
    }

    /**
     * The core schema could not be read or compiled: nothing was validated against it. Not the data's fault, so a
     * warning; the report says the data was not checked.
     */
    static void schemaUnavailable(CompiledProfiles.Outcome missing, Findings findings) {
        findings.add(Severity.WARNING, IssueTypes.SCHEMA_UNAVAILABLE, "", "", missing.schemaUrl(), () -> new Texts(
                "No se pudo obtener el esquema " + missing.schemaUrl() + " (" + missing.reason() + "): "
                        + "los datos no se validaron contra el esquema",
                "The schema " + missing.schemaUrl() + " could not be had (" + missing.reason() + "): "
                        + "the data was not validated against it"), Map.of());
    }
}
