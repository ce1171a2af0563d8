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
        description = "Generate reproducible, realistic Mexican OCDS data (same seed, same bytes). Write it to a "
                + "folder (--out) or play a publisher over HTTP (--serve) in one or every protocol, printing the "
                + "registry entries that harvest it.")
final class GenerateCommand implements Callable<Integer> {

    private static final String ALL = "all";
    private static final List<String> PROTOCOLS = List.of("ocds-url", "inai-edca", "pdn-s6", "ckan",
            "linked-records", "offset-window", "links-next");

    @Option(names = "--processes", required = true, paramLabel = "N", description = "Contracting processes.")
    private int processes;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed (default 1).")
    private long seed;

    @Option(names = "--states", split = ",", paramLabel = "MX-XXX",
            description = "States whose entities buy, e.g. MX-JAL,MX-CMX (default: all 32).")
    private List<String> states = List.of();

    @Option(names = "--releases-per-process", defaultValue = "0", paramLabel = "K",
            description = "Exactly K releases (1-7) per process; 0 (default) for a realistic mix.")
    private int releasesPerProcess;

    @Option(names = "--invalid-share", defaultValue = "0.02", paramLabel = "X",
            description = "Share of releases with a defect a validator reports (default 0.02).")
    private double invalidShare;

    @Option(names = "--out", paramLabel = "DIR", description = "Write files to this folder.")
    private Path out;

    @Option(names = "--format", defaultValue = "release-package", paramLabel = "F",
            description = "release-package (default), record-package or jsonl.")
    private String format;

    @Option(names = "--per-file", defaultValue = "1000", paramLabel = "N", description = "Processes per file.")
    private int perFile;

    @Option(names = "--gzip", description = "Compress each file.")
    private boolean gzip;

    @Option(names = "--serve", paramLabel = "PORT", description = "Serve over HTTP on this port (0: any free one).")
    private Integer port;

    @Option(names = "--protocol", defaultValue = ALL, paramLabel = "P",
            description = "Protocol to serve: ocds-url, inai-edca, pdn-s6, ckan, linked-records, offset-window, "
                    + "links-next, or all (default).")
    private String protocol;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if ((out == null) == (port == null)) {
            throw new ConfigurationException("Indique --out DIR o --serve PORT / Give either --out DIR or --serve PORT");
        }
        Dataset dataset = Dataset.of(settings());
        return out != null ? write(dataset, System.out) : serve(dataset, System.out);
    }

    private GeneratorSettings settings() {
        GeneratorSettings settings = GeneratorSettings.of(processes, seed)
                .withReleasesPerProcess(releasesPerProcess).withInvalidShare(invalidShare);
        return states.isEmpty() ? settings : settings.withStates(states.stream().map(code -> MexicanState
                .byCode(code).orElseThrow(() -> new ConfigurationException("Estado desconocido / Unknown state: "
                        + code))).toList());
    }

    private int write(Dataset dataset, PrintStream console) throws IOException {
        OutputFormat shape = OutputFormat.of(format).orElseThrow(() -> new ConfigurationException(
                "Formato desconocido / Unknown format: " + format + " (release-package, record-package, jsonl)"));
        List<Path> files = FolderWriter.create(new ObjectMapper()).write(dataset, out, shape, perFile, gzip);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        console.printf("%d processes (seed %d) written to %s: %d file(s), %.1f MB%n", dataset.size(), seed,
                out.toAbsolutePath(), files.size(), bytes / 1e6);
        return 0;
    }

    private int serve(Dataset dataset, PrintStream console) throws IOException, InterruptedException {
        List<PublishedSource> sources = new ArrayList<>();
        for (String name : protocol.equals(ALL) ? PROTOCOLS : List.of(protocol)) {
            sources.add(new PublishedSource("generado-" + name, "Publicador generado (" + name + ")", name, dataset));
        }
        try (Publisher publisher = Publisher.start("0.0.0.0", port, sources, new ObjectMapper())) {
            console.println("Serving " + dataset.size() + " generated processes (seed " + seed + "):");
            sources.forEach(source -> console.println("  " + source.protocol() + "  " + publisher
                    .baseUrl(source.id())));
            console.println();
            console.println("Registry entries that harvest it:");
            console.println(RegistryEntries.registry(publisher));
            console.println("Stop with Ctrl-C.");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "stop-generator"));
            stopped.await();
        }
        return 0;
    }
}
