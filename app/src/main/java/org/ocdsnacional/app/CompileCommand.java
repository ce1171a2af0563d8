package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.compile.CompileOptions;
import org.ocdsnacional.ocds.compile.CompileSummary;
import org.ocdsnacional.ocds.compile.PackageCompiler;
import org.ocdsnacional.ocds.merge.MergerProfiles;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.read.ReadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Compiles release packages into a record package, as {@code ocdskit compile --package} does: one record per ocid
 * with its releases and compiled release ({@code --versioned}: and versioned release). Streamed: releases are
 * grouped by ocid through temporary files when they are more than fit in memory.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Compila entregas OCDS (archivos, URLs o - para la entrada estándar; paquetes de entregas o "
                + "de registros, listas, JSON Lines, GZIP, ZIP) en un paquete de registros: un registro por ocid, en "
                + "orden de ocid, con sus entregas y su entrega compilada, como ocdskit compile --package. Cada "
                + "proceso se combina con las reglas de la versión y las extensiones que declara su paquete (1.0 si no "
                + "declara). En flujo: la memoria no crece con la entrada. / "
                + "Compile OCDS releases (files, URLs or - for standard input; release packages, record packages, "
                + "arrays, JSON Lines, GZIP, ZIP) into a record package: one record per ocid, in ocid order, with its "
                + "releases and compiled release, as ocdskit compile --package. Each process is merged by the rules of "
                + "the version and extensions its package declares (1.0 when undeclared). Streamed: memory does not "
                + "grow with the input.")
final class CompileCommand implements Callable<Integer> {

    static final int WRITTEN = 0;
    static final int UNREADABLE = 2;
    private static final int OUTPUT_BUFFER = 1 << 16;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions config;

    @Parameters(paramLabel = "FILE|URL|-", arity = "1..*", description = "Lo que compilar, leído en orden / What to "
            + "compile, read in order.")
    private List<String> inputs;

    @Option(names = "--versioned", description = "Agrega a cada registro la entrega versionada de su proceso / Add "
            + "each process's versioned release to its record.")
    private boolean versioned;

    @Option(names = {"--out", "-o"}, paramLabel = "FILE",
            description = "Escribe el paquete de registros en este archivo (si no, en la salida estándar) / Write the "
                    + "record package to this file (default: standard output).")
    private Path outFile;

    @Option(names = "--uri", paramLabel = "URI", description = "El uri del paquete de registros (vacío si no se da) / "
            + "The record package's uri (default: empty).")
    private String uri;

    @Option(names = "--published-date", paramLabel = "DATE",
            description = "El publishedDate del paquete de registros (si no, ahora) / The record package's "
                    + "publishedDate (default: now).")
    private String publishedDate;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AppConfig settings = config.load(Map.of());
        ObjectMapper mapper = Json.mapper();
        PackageCompiler compiler = PackageCompiler.create(
                MergerProfiles.create(Application.schemaSource(settings), mapper), mapper);
        CompileOptions options = new CompileOptions(versioned, Optional.ofNullable(uri),
                Optional.ofNullable(publishedDate).orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS)
                        .toString()), CompileOptions.DEFAULT_SORT_BUDGET);
        List<InputDocument> documents = new ArrayList<>();
        try {
            for (String input : inputs) {
                documents.add(opened(input));
            }
            CompileSummary summary = write(compiler, documents, options);
            report(summary, err);
            return summary.releases() == 0 ? UNREADABLE : WRITTEN;
        } catch (ReadException e) {
            err.println("No se pudo leer / Could not read: " + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("No se pudo compilar / Could not compile: " + e.getMessage());
            return UNREADABLE;
        } finally {
            documents.forEach(InputDocument::closeQuietly);
        }
    }

    /** The input named {@code input}; what keeps it from being opened is said with its name. */
    private static InputDocument opened(String input) throws IOException {
        try {
            return input.equals("-") ? InputDocument.standardInput() : InputDocument.open(input);
        } catch (IOException e) {
            throw new IOException(input + ": " + e.getMessage(), e);
        }
    }

    /** To standard output, or to a temporary file moved to {@code --out} once complete. */
    private CompileSummary write(PackageCompiler compiler, List<InputDocument> documents, CompileOptions options)
            throws IOException, ReadException {
        List<PackageCompiler.Input> read = documents.stream()
                .map(document -> new PackageCompiler.Input(document.file(), document.origin())).toList();
        if (outFile == null) {
            OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), OUTPUT_BUFFER);
            CompileSummary summary = compiler.compile(read, options, out);
            out.flush();
            return summary;
        }
        Path target = outFile.toAbsolutePath();
        Path partial = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + ".partial");
        try {
            CompileSummary summary;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), OUTPUT_BUFFER)) {
                summary = compiler.compile(read, options, out);
            }
            Files.move(partial, outFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private void report(CompileSummary summary, PrintWriter err) {
        summary.problems().forEach(problem -> err.println("Aviso / Warning: " + problem.origin()
                + (problem.offset() >= 0 ? " (byte " + problem.offset() + ")" : "") + ": " + problem.message()));
        summary.warnings().forEach(warning -> err.println("Aviso de fusión / Merge warning: " + warning));
        if (summary.warningCount() > summary.warnings().size()) {
            err.println("… " + summary.warningCount() + " avisos de fusión en total / merge warnings in all");
        }
        if (summary.withoutOcid() > 0) {
            err.println(summary.withoutOcid() + " entregas sin ocid no se compilaron / releases without an ocid were "
                    + "not compiled");
        }
        if (summary.linkedReleases() > 0) {
            err.println(summary.linkedReleases() + " entregas solo enlazadas (url) no se descargaron ni compilaron / "
                    + "releases only linked (url) were not fetched or compiled");
        }
        if (summary.releases() == 0) {
            err.println("No se pudo compilar / Could not compile: no hay entregas con ocid / no releases with an ocid");
            return;
        }
        err.println(String.format("%,d procesos compilados de %,d entregas / %,d processes compiled from %,d releases%s",
                summary.records(), summary.releases(), summary.records(), summary.releases(),
                outFile == null ? "" : ": " + outFile));
        err.flush();
    }
}
