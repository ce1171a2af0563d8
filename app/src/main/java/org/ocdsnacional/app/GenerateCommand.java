package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.generator.Dataset;
import org.ocdsnacional.generator.GeneratorSettings;
import org.ocdsnacional.generator.MexicanState;
import org.ocdsnacional.generator.publish.PublishedSource;
import org.ocdsnacional.generator.publish.Publisher;
import org.ocdsnacional.generator.publish.RegistryEntries;
import org.ocdsnacional.generator.write.FolderWriter;
import org.ocdsnacional.generator.write.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Generates realistic Mexican OCDS data: to a folder, or served over HTTP as a publisher of any protocol. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Genera datos OCDS mexicanos realistas y reproducibles (misma semilla, mismos bytes): en una "
                + "carpeta (--out) o como publicador por HTTP (--serve) en uno o todos los protocolos, con las "
                + "entradas del registro que lo cosechan. / Generate reproducible, realistic Mexican OCDS data (same "
                + "seed, same bytes). Write it to a folder (--out) or play a publisher over HTTP (--serve) in one or "
                + "every protocol, printing the registry entries that harvest it.")
final class GenerateCommand implements Callable<Integer> {

    private static final String ALL = "all";
    private static final List<String> PROTOCOLS = List.of("ocds-url", "inai-edca", "pdn-s6", "ckan",
            "linked-records", "offset-window", "links-next");

    @Option(names = "--processes", required = true, paramLabel = "N", description = "Procesos de contratación / Contracting "
            + "processes.")
    private int processes;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Semilla / Seed (1).")
    private long seed;

    @Option(names = "--states", split = ",", paramLabel = "MX-XXX",
            description = "Estados cuyas entidades compran / States whose entities buy, e.g. MX-JAL,MX-CMX (los "
                    + "32 / all 32).")
    private List<String> states = List.of();

    @Option(names = "--releases-per-process", defaultValue = "0", paramLabel = "K",
            description = "Exactamente K entregas (1-7) por proceso; 0 para una mezcla realista / Exactly K "
                    + "releases (1-7) per process; 0 for a realistic mix (0).")
    private int releasesPerProcess;

    @Option(names = "--invalid-share", defaultValue = "0.02", paramLabel = "X",
            description = "Proporción de entregas con un defecto que la validación reporta / Share of releases "
                    + "with a defect validation reports (0.02).")
    private double invalidShare;

    @Option(names = "--out", paramLabel = "DIR", description = "Escribe los archivos en esta carpeta / Write "
            + "files to this folder.")
    private Path out;

    @Option(names = "--format", defaultValue = "release-package", paramLabel = "F",
            description = "release-package (el predeterminado / default), record-package, jsonl.")
    private String format;

    @Option(names = "--per-file", defaultValue = "1000", paramLabel = "N", description = "Procesos por archivo / Processes per file "
            + "(1000).")
    private int perFile;

    @Option(names = "--gzip", description = "Comprime cada archivo / Compress each file.")
    private boolean gzip;

    @Option(names = "--serve", paramLabel = "PORT", description = "Sirve por HTTP en este puerto (0: uno libre) / "
            + "Serve over HTTP on this port (0: any free one).")
    private Integer port;

    @Option(names = "--protocol", defaultValue = ALL, paramLabel = "P",
            description = "Protocolo / Protocol: ocds-url, inai-edca, pdn-s6, ckan, linked-records, offset-window, "
                    + "links-next, all (todos / every one, el predeterminado / default).")
    private String protocol;

    @Override
    public Integer call() throws InterruptedException {
        checkArguments();
        Dataset dataset = Dataset.of(settings());
        return out != null ? write(dataset, System.out) : serve(dataset, System.out);
    }

    /** Refuses arguments that cannot work, before generating anything. */
    private void checkArguments() {
        require((out == null) != (port == null), "Indique --out DIR o --serve PORT", "Give either --out DIR or "
                + "--serve PORT");
        require(processes >= 1, "--processes debe ser 1 o más", "--processes must be 1 or more");
        require(perFile >= 1, "--per-file debe ser 1 o más", "--per-file must be 1 or more");
        require(releasesPerProcess >= 0 && releasesPerProcess <= 7, "--releases-per-process va de 0 a 7",
                "--releases-per-process goes from 0 to 7");
        require(invalidShare >= 0 && invalidShare <= 1, "--invalid-share va de 0 a 1", "--invalid-share goes from 0 "
                + "to 1");
        require(OutputFormat.of(format).isPresent(), "Formato desconocido: " + format + " (release-package, "
                + "record-package, jsonl)", "Unknown format: " + format + " (release-package, record-package, jsonl)");
        require(protocol.equals(ALL) || PROTOCOLS.contains(protocol), "Protocolo desconocido: " + protocol + " ("
                + String.join(", ", PROTOCOLS) + ", all)", "Unknown protocol: " + protocol);
        require(port == null || port >= 0 && port <= 65535, "--serve va de 0 a 65535", "--serve goes from 0 to 65535");
        require(out == null || !Files.exists(out) || Files.isDirectory(out), out + " existe y no es una carpeta",
                out + " exists and is not a folder");
    }

    private static void require(boolean holds, String spanish, String english) {
        if (!holds) {
            throw new ConfigurationException(spanish + " / " + english);
        }
    }

    private GeneratorSettings settings() {
        GeneratorSettings settings = GeneratorSettings.of(processes, seed)
                .withReleasesPerProcess(releasesPerProcess).withInvalidShare(invalidShare);
        return states.isEmpty() ? settings : settings.withStates(states.stream().map(code -> MexicanState
                .byCode(code).orElseThrow(() -> new ConfigurationException("Estado desconocido / Unknown state: "
                        + code))).toList());
    }

    private int write(Dataset dataset, PrintStream console) {
        long bytes = 0;
        List<Path> files;
        try {
            files = FolderWriter.create(new ObjectMapper()).write(dataset, out, OutputFormat.of(format).orElseThrow(),
                    perFile, gzip);
            for (Path file : files) {
                bytes += Files.size(file);
            }
        } catch (IOException e) {
            throw new ConfigurationException("No se pudo escribir en " + out.toAbsolutePath() + " / Could not write to "
                    + out.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        console.printf("%d procesos / processes (semilla / seed %d) en / written to %s: %d archivo(s) / file(s), "
                + "%.1f MB%n", dataset.size(), seed, out.toAbsolutePath(), files.size(), bytes / 1e6);
        return ExitStatus.DONE;
    }

    private int serve(Dataset dataset, PrintStream console) throws InterruptedException {
        List<PublishedSource> sources = new ArrayList<>();
        for (String name : protocol.equals(ALL) ? PROTOCOLS : List.of(protocol)) {
            sources.add(new PublishedSource("generado-" + name, "Publicador generado (" + name + ")", name, dataset));
        }
        try (Publisher publisher = Publisher.start("0.0.0.0", port, sources, new ObjectMapper())) {
            console.println("Sirviendo / Serving " + dataset.size() + " procesos generados / generated processes "
                    + "(semilla / seed " + seed + "):");
            sources.forEach(source -> console.println("  " + source.protocol() + "  " + publisher
                    .baseUrl(source.id())));
            console.println();
            console.println("Entradas del registro que lo cosechan / Registry entries that harvest it:");
            console.println(RegistryEntries.registry(publisher));
            console.println("Detenga con Ctrl-C / Stop with Ctrl-C.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "stop-generator"));
            stopped.await();
        } catch (IOException e) {
            throw new ConfigurationException("No se pudo servir en el puerto " + port + ": ¿está ocupado? / Could not "
                    + "serve on port " + port + ": is it in use? (" + e.getMessage() + ")", e);
        }
        return ExitStatus.DONE;
    }
}
