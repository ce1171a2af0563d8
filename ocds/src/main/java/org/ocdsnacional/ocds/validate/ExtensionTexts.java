package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.profile.ExtensionOutcome;
import org.ocdsnacional.ocds.profile.ExtensionProblem;

import java.util.Map;

/** The issue, type code and messages for each kind of problem with a declared extension. */
final class ExtensionTexts {

    private ExtensionTexts() {
    }

    static void add(ExtensionOutcome outcome, ExtensionProblem problem, String path, Findings findings) {
        String url = outcome.url();
        findings.add(severity(problem.kind()), type(problem.kind()), path, "extensions", url,
                () -> texts(url, problem), Map.of("url", url, "problem", problem.kind().name(), "detail",
                        problem.detail()));
    }

    /**
     * An extension that could not be had is not the data's fault: the data was not validated against it (a
     * warning). A declared extension that is not one, or is broken, is the publisher's to fix (an error).
     */
    private static Severity severity(ExtensionProblem.Kind kind) {
        return kind.fatal() && !unavailable(kind) ? Severity.ERROR : Severity.WARNING;
    }

    private static boolean unavailable(ExtensionProblem.Kind kind) {
        return kind == ExtensionProblem.Kind.NOT_FOUND || kind == ExtensionProblem.Kind.UNREACHABLE
                || kind == ExtensionProblem.Kind.PATCH_UNREADABLE;
    }

    private static String type(ExtensionProblem.Kind kind) {
        return switch (kind) {
            case NOT_FOUND, UNREACHABLE, PATCH_UNREADABLE -> IssueTypes.EXTENSION_UNAVAILABLE;
            case UNSUPPORTED_SCHEME, NOT_AN_EXTENSION_URL, INVALID_METADATA, INVALID_PATCH -> "extension.invalid";
            case BROKEN_REF -> "extension.broken_ref";
            case CODELIST_UNREADABLE, CODELIST_WITHOUT_CODES, CODELIST_PATCHES_UNKNOWN, CODE_TO_REMOVE_ABSENT ->
                    "extension.codelist";
            case UNUSED_DEFINITION -> "extension.unused_definition";
        };
    }

    private static Texts texts(String url, ExtensionProblem problem) {
        String skipped = "; se validó sin ella";
        String skippedEn = "; validation went on without it";
        String unchecked = ": los datos no se validaron contra esta extensión";
        String uncheckedEn = ": the data was not validated against this extension";
        String detail = problem.detail();
        return switch (problem.kind()) {
            case UNSUPPORTED_SCHEME -> new Texts("La extensión «" + url + "» no es una URL http(s)" + skipped,
                    "The extension «" + url + "» is not an http(s) URL (" + detail + ")" + skippedEn);
            case NOT_AN_EXTENSION_URL -> new Texts("La extensión «" + url + "» debe ser la URL de su archivo "
                    + "extension.json" + skipped, "The extension «" + url + "» must be the URL of its "
                    + "extension.json file (" + detail + ")" + skippedEn);
            case NOT_FOUND -> new Texts("La extensión «" + url + "» no existe (404)" + unchecked,
                    "The extension «" + url + "» does not exist (404: not found)" + uncheckedEn);
            case UNREACHABLE -> new Texts("No se pudo obtener la extensión «" + url + "»" + unchecked,
                    "The extension «" + url + "» could not be had (" + detail + ")" + uncheckedEn);
            case INVALID_METADATA -> new Texts("El extension.json de «" + url + "» no es JSON válido" + skipped,
                    "The extension.json of «" + url + "» is not valid JSON" + skippedEn);
            case PATCH_UNREADABLE -> new Texts("No se pudo obtener el release-schema.json de la extensión «" + url
                    + "»" + unchecked, "The release-schema.json of the extension «" + url + "» could not be had ("
                    + detail + ")" + uncheckedEn);
            case INVALID_PATCH -> new Texts("El release-schema.json de la extensión «" + url + "» no es JSON "
                    + "válido" + skipped, "The release-schema.json of the extension «" + url + "» is not valid JSON"
                    + skippedEn);
            case BROKEN_REF -> new Texts("La extensión «" + url + "» hace referencia ($ref) a definiciones que no "
                    + "existen (" + detail + ")" + skipped, "The extension «" + url + "» refers ($ref) to "
                    + "definitions that do not exist (" + detail + ")" + skippedEn);
            case CODELIST_UNREADABLE -> new Texts("No se pudo descargar la lista de códigos " + detail
                    + " de la extensión «" + url + "»", "The codelist " + detail + " of the extension «" + url
                    + "» could not be retrieved");
            case CODELIST_WITHOUT_CODES -> new Texts("La lista de códigos " + detail + " de la extensión «" + url
                    + "» no tiene columna Code (o Código)", "The codelist " + detail + " of the extension «" + url
                    + "» has no Code (or Código) column");
            case CODELIST_PATCHES_UNKNOWN -> new Texts("La extensión «" + url + "» modifica la lista de códigos "
                    + detail + ", que no existe", "The extension «" + url + "» patches the codelist " + detail
                    + ", which does not exist");
            case CODE_TO_REMOVE_ABSENT -> new Texts("La extensión «" + url + "» quita un código que la lista no "
                    + "tiene (" + detail + ")", "The extension «" + url + "» removes a code the codelist does not "
                    + "have (" + detail + ")");
            case UNUSED_DEFINITION -> new Texts("La extensión «" + url + "» define «definitions/" + detail
                    + "», que ningún campo usa: revise el nombre y el lugar de la definición (¿mayúsculas?)",
                    "The extension «" + url + "» defines «definitions/" + detail + "», which no field uses: check "
                            + "the definition's name and place (capitalisation?)");
        };
    }
}
