package org.ocdsnacional.app;

import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit statuses of every command, and how {@code help} lists them: the same number means the same kind of
 * outcome whatever the command (0 done, 1 done and the answer is no, 2 could not run, 3 unexpected error).
 */
final class ExitStatus {

    /** Done: the data is valid, the run succeeded, every case passes. */
    static final int DONE = 0;
    /** Done, and the answer is no: invalid data, a run that failed or was partial, cases that fail. */
    static final int NEGATIVE = 1;
    /**
     * Could not do it, for a reason the user can fix: wrong arguments or configuration, an input that cannot be
     * read, a data folder in use, OpenSearch unreachable.
     */
    static final int CANNOT_RUN = 2;
    /** An unexpected error, a defect of ocds-nacional: the details are in the command's log. */
    static final int UNEXPECTED = 3;

    private static final String COULD_NOT_RUN = "no se pudo: argumentos o configuración incorrectos (el mensaje "
            + "dice qué corregir) / could not run: wrong arguments or configuration (the message says what to fix)";
    private static final String DEFECT = "error inesperado, un defecto: detalles en logs/ / unexpected error, a "
            + "defect: details in logs/";
    private static final Map<String, String[]> BY_COMMAND = Map.of(
            "ocds-nacional", new String[]{
                    "0", "hecho / done (válido / valid, cosecha exitosa / run succeeded, todo pasa / all pass)",
                    "1", "hecho, y la respuesta es no / done, and the answer is no (inválido / invalid, cosecha "
                            + "fallida o parcial / failed or partial run, casos que fallan / failing cases)",
                    "2", COULD_NOT_RUN + "; datos ilegibles / unreadable input; carpeta de datos en uso / data folder "
                            + "in use; OpenSearch inalcanzable / unreachable",
                    "3", DEFECT},
            "serve", new String[]{
                    "0", "detenido con Ctrl-C / stopped with Ctrl-C",
                    "2", COULD_NOT_RUN + "; registro inválido / invalid registry; carpeta de datos en uso / data "
                            + "folder in use; puerto ocupado / port in use; OpenSearch inalcanzable / unreachable",
                    "3", DEFECT},
            "harvest", new String[]{
                    "0", "la cosecha terminó bien / the run succeeded",
                    "1", "la cosecha falló o quedó parcial: el resumen dice por qué / the run failed or was partial: "
                            + "the summary says why",
                    "2", COULD_NOT_RUN + "; fuente desconocida o retirada / unknown or retired source; carpeta de "
                            + "datos en uso / data folder in use; OpenSearch inalcanzable / unreachable",
                    "3", DEFECT},
            "validate", new String[]{
                    "0", "válido / valid",
                    "1", "inválido: hay errores / invalid: errors found",
                    "2", "no se pudo leer o revisar / could not read or check (no es JSON, UTF-8 ni OCDS / not JSON, "
                            + "UTF-8 or OCDS; " + "archivo o URL inaccesible / file or URL unreachable); "
                            + COULD_NOT_RUN,
                    "3", DEFECT},
            "compile", new String[]{
                    "0", "escrito (en --out solo una vez completo) / written (to --out only once complete)",
                    "2", "no se pudo leer o no hay entregas con ocid / could not read or no releases with an ocid "
                            + "(archivo o URL inaccesible / file or URL unreachable); " + COULD_NOT_RUN,
                    "3", DEFECT},
            "generate", new String[]{
                    "0", "escrito, o servido hasta Ctrl-C / written, or served until Ctrl-C",
                    "2", COULD_NOT_RUN + "; carpeta o puerto inutilizable / folder or port unusable",
                    "3", DEFECT},
            "conformance", new String[]{
                    "0", "todos los casos pasan / every case passes",
                    "1", "algún caso falla / some case fails",
                    "2", "no se encontraron los casos / cases not found; " + COULD_NOT_RUN,
                    "3", "todos los que corrieron pasan, pero algunos no se pudieron correr / all that ran pass, but "
                            + "some could not be run; o / or " + DEFECT},
            "flags", new String[]{
                    "0", "señales calculadas, se haya levantado alguna o no / flags computed, whether or not any was "
                            + "raised",
                    "1", "el archivo de ajustes no es válido / the settings file is invalid",
                    "2", "no se pudo leer la entrada / the input could not be read; " + COULD_NOT_RUN,
                    "3", DEFECT},
            "cardinal", new String[]{
                    "0", "todos los casos coinciden / every case agrees",
                    "1", "algún caso no coincide / some case disagrees",
                    "2", "no se encontraron los casos / cases not found; " + COULD_NOT_RUN,
                    "3", DEFECT},
            "lib-cove", new String[]{
                    "0", "ningún caso discrepa / no case disagrees",
                    "1", "algún caso discrepa / some case disagrees",
                    "2", "no se encontró la carpeta compartida / shared folder not found; " + COULD_NOT_RUN,
                    "3", DEFECT});

    private ExitStatus() {
    }

    /** Adds the exit statuses to the help of {@code command} and of each of its subcommands. */
    static void document(CommandLine command) {
        String[] statuses = BY_COMMAND.get(command.getCommandName());
        if (statuses != null) {
            Map<String, String> list = new LinkedHashMap<>();
            for (int i = 0; i < statuses.length; i += 2) {
                list.put(statuses[i], statuses[i + 1]);
            }
            command.getCommandSpec().usageMessage().exitCodeListHeading("%nEstado de salida / Exit status:%n")
                    .exitCodeList(list);
        }
        command.getSubcommands().values().forEach(ExitStatus::document);
    }
}
