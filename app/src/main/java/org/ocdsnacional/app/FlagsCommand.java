package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.FlagSettings;
import org.ocdsnacional.analytics.coverage.CoverageFigure;
import org.ocdsnacional.analytics.coverage.PublisherCoverage;
import org.ocdsnacional.analytics.flag.Group;
import org.ocdsnacional.analytics.mx.ReferenceList;
import org.ocdsnacional.analytics.run.ConsecutiveProcesses;
import org.ocdsnacional.analytics.run.FlagReport;
import org.ocdsnacional.analytics.run.FlagRun;
import org.ocdsnacional.analytics.run.ReportJson;
import org.ocdsnacional.analytics.settings.SettingsException;
import org.ocdsnacional.ocds.merge.ReleaseMerger;
import org.ocdsnacional.ocds.model.Json;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.OcdsReader;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReadSummary;
import org.ocdsnacional.ocds.read.ReleaseVisitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Computes the red flags of a file of compiled releases (or of releases, compiled process by process) and prints
 * them in the shape of Cardinal's {@code indicators} output.
 */
@Command(name = "flags", mixinStandardHelpOptions = true,
        description = "Calcula las señales de alerta (R003…R058 de Cardinal y las mexicanas MX01…MX06) de datos "
                + "OCDS: entregas compiladas en JSON Lines (como las lee Cardinal), o cualquier forma que lee el "
                + "comando validate (paquetes, registros, listas; las entregas consecutivas de un ocid se compilan "
                + "juntas). Imprime JSON como el comando indicators de Cardinal. Una señal es un motivo para mirar, "
                + "nunca un veredicto (docs/FLAGS.md). / "
                + "Compute the red flags (Cardinal's R003…R058 and the Mexican MX01…MX06) of OCDS data: "
                + "compiled releases as JSON Lines (as Cardinal reads them), or any shape the validate command "
                + "reads (packages, records, arrays; consecutive releases of one ocid are compiled together). "
                + "Prints JSON like Cardinal's indicators command: {\"OCID\": {ocid: {code: value}}, "
                + "\"Buyer\": …, \"ProcuringEntity\": …, \"Tenderer\": …, \"Meta\": …}. A flag is a reason "
                + "to look, never a verdict (docs/FLAGS.md).")
final class FlagsCommand implements Callable<Integer> {

    static final int COMPUTED = 0;
    static final int INVALID_SETTINGS = 1;
    static final int UNREADABLE = 2;
    private static final int MAX_PROBLEMS_SHOWN = 10;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions config;

    @Parameters(paramLabel = "FILE|URL", description = "Los datos que revisar / The data to flag.")
    private String input;

    @Option(names = "--settings", paramLabel = "FILE.ini",
            description = "Ajustes en el formato de Cardinal, más [MX01]…[MX06] (docs/FLAGS.md); solo corren las "
                    + "señales con sección; si no se da, todas con sus valores por omisión; los montos se comparan en "
                    + "MXN salvo que el archivo nombre otra moneda / Settings in Cardinal's format, plus [MX01]…[MX06] "
                    + "(docs/FLAGS.md); only the flags with a section run. Default: every flag with its defaults. "
                    + "Amounts are compared in MXN unless the file names another currency.")
    private Path settingsFile;

    @Option(names = "--no-meta", description = "Omite la clave \"Meta\" (los cuartiles y límites usados) / Leave out "
            + "the \"Meta\" key (the quartiles and fences used).")
    private boolean noMeta;

    @Option(names = "--evidence", description = "Da cada señal como {value, nameEs, nameEn, evidence} en lugar de "
            + "su valor solo (la evidencia se guarda en memoria hasta el final) / Give each flag as {value, nameEs, "
            + "nameEn, evidence} instead of its value alone (the evidence of every flag raised is then held in memory "
            + "until the end).")
    private boolean evidence;

    @Option(names = "--coverage", description = "Agrega una clave \"Coverage\": la proporción de procesos que tienen "
            + "cada campo que importa a un publicador / Add a \"Coverage\" key: the share of processes that have each "
            + "field that matters to a publisher.")
    private boolean coverage;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<FlagSettings> settings = settings(err);
        if (settings.isEmpty()) {
            return INVALID_SETTINGS;
        }
        ObjectMapper mapper = Json.mapper();
        FlagRun run = FlagRun.start(settings.get(), ReferenceList.NONE,
                evidence ? FlagRun.Detail.EVIDENCE : FlagRun.Detail.VALUES);
        PublisherCoverage fields = new PublisherCoverage();
        ConsecutiveProcesses processes = new ConsecutiveProcesses(compiler(mapper, err), (compiled, history) -> {
            run.add(compiled, history);
            fields.add(compiled);
        });
        if (!read(processes, mapper, err)) {
            return UNREADABLE;
        }
        print(run.finish(), fields, mapper);
        return COMPUTED;
    }

    private Optional<FlagSettings> settings(PrintWriter err) {
        try {
            return Optional.of(settingsFile == null ? FlagSettings.defaults()
                    : FlagSettings.read(settingsFile).national());
        } catch (SettingsException | IOException e) {
            err.println("Ajustes inválidos / Invalid settings (" + settingsFile + "): " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Reads the input into {@code processes}; false when it could not be read. */
    private boolean read(ConsecutiveProcesses processes, ObjectMapper mapper, PrintWriter err) {
        try (InputDocument document = InputDocument.open(input)) {
            ReadSummary read = OcdsReader.create(mapper).read(document.file(), visitor(processes, err));
            processes.finish();
            if (read.releases() == 0 && read.problems() > 0) {
                err.println(unreadable("no contiene datos de OCDS / contains no OCDS data"));
                return false;
            }
            if (read.problems() > 0) {
                err.println(read.problems() + " partes que no son OCDS omitidas / parts that are not OCDS skipped");
            }
            return true;
        } catch (ReadException | IOException e) {
            err.println(unreadable(e.getMessage()));
            return false;
        }
    }

    private void print(FlagReport report, PublisherCoverage fields, ObjectMapper mapper) {
        ObjectNode json = ReportJson.of(report, !noMeta, evidence);
        if (coverage) {
            json.set("Coverage", coverage(fields, mapper));
        }
        spec.commandLine().getOut().println(json);
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().println(summary(report));
    }

    private static String summary(FlagReport report) {
        int processes = report.results().group(Group.OCID).size();
        return "Procesos leídos / processes read: " + report.processes() + "; con alguna bandera / flagged: "
                + processes + " procesos / processes, " + (report.results().subjects() - processes)
                + " organizaciones / organizations";
    }

    /** Compiles with the OCDS merge rules, reading the schema only once a process has several releases. */
    private Function<List<Release>, ObjectNode> compiler(ObjectMapper mapper, PrintWriter err) {
        ReleaseMerger[] merger = new ReleaseMerger[1];
        return releases -> {
            if (merger[0] == null) {
                merger[0] = merger(mapper, err);
            }
            return merger[0].compile(releases);
        };
    }

    private ReleaseMerger merger(ObjectMapper mapper, PrintWriter err) {
        try {
            return ReleaseMerger.create(Application.schemaSource(config.load(Map.of())), mapper);
        } catch (IOException e) {
            err.println("No se pudo leer el esquema de OCDS; se compila con las reglas genéricas / The OCDS release "
                    + "schema could not be read; compiling with the generic merge rules (" + e.getMessage()
                    + "; set schemas.mirror)");
            return ReleaseMerger.forSchema(mapper.createObjectNode());
        }
    }

    private static ObjectNode coverage(PublisherCoverage fields, ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("processes", fields.processes());
        for (CoverageFigure figure : fields.figures()) {
            json.putObject(figure.field().name()).put("nameEs", figure.field().nameEs())
                    .put("nameEn", figure.field().nameEn()).put("present", figure.present())
                    .put("applicable", figure.applicable()).put("share", figure.share());
        }
        return json;
    }

    private String unreadable(String reason) {
        return "No se pudo leer / Could not read " + input + ": " + reason;
    }

    /** Hands releases over; prints the first problems of the input (the rest are counted in the summary). */
    private static ReleaseVisitor visitor(ConsecutiveProcesses processes, PrintWriter err) {
        return new ReleaseVisitor() {
            private int problems;

            @Override
            public void release(Release release, PackageMetadata packageInfo) {
                processes.release(release);
            }

            @Override
            public void problem(ReadProblem problem) {
                if (++problems <= MAX_PROBLEMS_SHOWN) {
                    err.println("Se omite / Skipped: " + problem);
                }
            }
        };
    }
}
