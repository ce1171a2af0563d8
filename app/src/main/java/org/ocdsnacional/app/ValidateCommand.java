package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReadSummary;
import org.ocdsnacional.ocds.read.ReleaseVisitor;
import org.ocdsnacional.ocds.validate.ConcurrentValidation;
import org.ocdsnacional.ocds.validate.PublicationValidation;
import org.ocdsnacional.ocds.validate.ReportLimits;
import org.ocdsnacional.ocds.validate.SchemaReleaseValidator;
import org.ocdsnacional.ocds.validate.ValidationOptions;
import org.ocdsnacional.ocds.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Validates a file or URL of OCDS data of any size (streamed: a few batches of releases in memory at a time, checked
 * on every core while the file is read) and prints what a publisher must fix, grouped by type and path.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Valida datos OCDS (un archivo o una URL; paquetes, registros, listas, JSON Lines) contra la "
                + "versión del esquema y las extensiones que declaran, las listas de códigos y las demás revisiones, e "
                + "imprime los problemas agrupados por tipo y ruta. El texto que no es UTF-8 se lee como Latin-1, con "
                + "una advertencia. Sin errores pero sin poder revisarlo todo (una extensión declarada que no se pudo "
                + "obtener) también sale con 2. / "
                + "Validate OCDS data (a file or a URL; packages, records, arrays, JSON Lines) against its schema "
                + "version and extensions, the codelists and the further checks, and print the issues grouped by type "
                + "and path. Text that is not UTF-8 is read as Latin-1, with a warning. No errors but not everything "
                + "checked (a declared extension that could not be had) exits with 2 too.")
final class ValidateCommand implements Callable<Integer> {

    static final int VALID = 0;
    static final int INVALID = 1;
    static final int UNREADABLE = 2;
    /** No errors, but something declared could not be checked: not "valid". Same status as unreadable. */
    static final int NOT_CHECKED = 2;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions config;

    @Parameters(paramLabel = "FILE|URL", description = "El archivo o la URL que validar / The file or URL to validate.")
    private String input;

    @Option(names = "--json", description = "Imprime el informe en JSON, para programas / Print the report as JSON, "
            + "for machines.")
    private boolean json;

    @Option(names = "--schema-version", paramLabel = "1.0|1.1",
            description = "Valida contra esta versión, declaren lo que declaren los datos / Validate against this "
                    + "version, whatever the data declares.")
    private String schemaVersion;

    @Option(names = "--max-issues", paramLabel = "N", defaultValue = "1000",
            description = "Problemas listados uno por uno en el informe JSON (todos se cuentan y agrupan) / Issues "
                    + "listed one by one in the JSON report (all are counted and grouped) (1000).")
    private int maxIssues;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AppConfig settings = config.load(Map.of());
        ObjectMapper mapper = JsonMapper.builder().build();
        SchemaReleaseValidator validator = SchemaReleaseValidator.create(Application.schemaSource(settings), mapper,
                new ValidationOptions(Optional.ofNullable(schemaVersion), ValidationOptions.DEFAULTS.maxIssuesPerRelease()));
        PublicationValidation validation = PublicationValidation.start(validator,
                new ReportLimits(maxIssues, ReportLimits.DEFAULTS.maxGroups()));
        ValidationReport report;
        try (InputDocument document = InputDocument.open(input);
             ConcurrentValidation releases = ConcurrentValidation.of(validation,
                     Runtime.getRuntime().availableProcessors())) {
            validation.document(document.file());
            AtomicReference<ReadProblem> firstProblem = new AtomicReference<>();
            ReadSummary read = OcdsReader.create(mapper).read(document.file(), document.origin(), Long.MAX_VALUE,
                    visitor(releases, firstProblem));
            if (!read.containsOcdsData()) {
                err.println(unreadable("no contiene datos de OCDS: ni entregas ni registros / contains no OCDS data: "
                        + "no releases or records" + Optional.ofNullable(firstProblem.get())
                        .map(problem -> " (" + problem.message() + ")").orElse("")));
                return UNREADABLE;
            }
            report = releases.report();
        } catch (ReadException e) {
            err.println(unreadable(reason(e)));
            return UNREADABLE;
        } catch (IOException e) {
            err.println(unreadable(e.getMessage()));
            return UNREADABLE;
        }
        print(report, out, mapper);
        out.flush();
        return status(report);
    }

    private static int status(ValidationReport report) {
        if (!report.valid()) {
            return INVALID;
        }
        return report.complete() ? VALID : NOT_CHECKED;
    }

    private void print(ValidationReport report, PrintWriter out, ObjectMapper mapper) {
        if (!json) {
            out.print(ReportText.of(input, report));
            return;
        }
        try {
            out.println(mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } catch (IOException e) {
            throw new IllegalStateException("The report could not be written as JSON", e);
        }
    }

    private String unreadable(String reason) {
        return "No se pudo leer / Could not read " + input + ": " + reason;
    }

    private static String reason(ReadException e) {
        if (e.getCause() instanceof CharConversionException) {
            return "el archivo no está en UTF-8: guárdelo como UTF-8 / the file is not UTF-8: save it as UTF-8 ("
                    + e.getMessage() + ")";
        }
        return e.getMessage();
    }

    private static ReleaseVisitor visitor(ConcurrentValidation validation, AtomicReference<ReadProblem> firstProblem) {
        return new ReleaseVisitor() {
            @Override
            public void release(Release release, PackageMetadata packageInfo) {
                validation.release(release, packageInfo);
            }

            @Override
            public void problem(ReadProblem problem) {
                firstProblem.compareAndSet(null, problem);
                validation.problem(problem);
            }

            @Override
            public void warning(ReadProblem warning) {
                validation.warning(warning);
            }
        };
    }
}
