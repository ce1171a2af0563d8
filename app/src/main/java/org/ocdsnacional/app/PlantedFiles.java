package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.analytics.national.NationalSettings;
import org.ocdsnacional.generator.patterns.PlantedProcesses;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code generate --plant-flags} says about the patterns it planted: which processes raise each flag, the
 * reference list by RFC a planted supplier is on, and the flag settings (the national defaults plus the planted
 * thresholds) to give {@code flags.settings}.
 */
final class PlantedFiles {

    /** The folder, inside the output folder, of the planted patterns' files. */
    static final String FOLDER = "banderas-plantadas";
    static final String PROCESSES = "procesos.json";
    static final String LIST = "lista-rfc.csv";
    static final String SETTINGS = "banderas.ini";

    private PlantedFiles() {
    }

    /** Writes the three files into {@code folder}; returns them. */
    static List<Path> write(PlantedProcesses planted, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path processes = folder.resolve(PROCESSES);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(processes.toFile(), planted.planted());
        Path list = Files.writeString(folder.resolve(LIST), planted.referenceList(), StandardCharsets.UTF_8);
        Path settings = Files.writeString(folder.resolve(SETTINGS), settings(planted), StandardCharsets.UTF_8);
        return List.of(processes, list, settings);
    }

    /** The flag settings the patterns are planted against: the national defaults and the planted thresholds. */
    static String settings(PlantedProcesses planted) {
        return NationalSettings.defaultsText() + planted.thresholds();
    }

    /** Prints which processes raise each flag, and where the list and settings are (or the settings themselves). */
    static void describe(PlantedProcesses planted, PrintStream console, Optional<Path> folder) {
        console.println("Patrones plantados / Planted patterns (bandera: procesos / flag: processes):");
        planted.planted().forEach((code, ocids) -> console.println("  " + code + ": " + String.join(" ", ocids)));
        if (folder.isPresent()) {
            console.println("Lista por RFC y ajustes de banderas (flags.settings) / RFC list and flag settings "
                    + "(flags.settings): " + folder.get().resolve(LIST).toAbsolutePath() + ", "
                    + folder.get().resolve(SETTINGS).toAbsolutePath());
            return;
        }
        console.println("Ajustes de banderas para flags.settings / Flag settings for flags.settings:");
        console.println(settings(planted));
    }
}
