package org.ocdsnacional.app;

import org.ocdsnacional.ocds.profile.ExtensionOutcome;
import org.ocdsnacional.ocds.summary.PublicationSummary;
import org.ocdsnacional.ocds.validate.IssueExample;
import org.ocdsnacional.ocds.validate.IssueGroup;
import org.ocdsnacional.ocds.validate.ProfileInfo;
import org.ocdsnacional.ocds.validate.ValidationReport;

import java.util.List;
import java.util.stream.Collectors;

/** A validation report as a person reads it: the verdict, then each group of identical issues, then the summary. */
final class ReportText {

    private final StringBuilder out = new StringBuilder();

    private ReportText() {
    }

    static String of(String input, ValidationReport report) {
        ReportText text = new ReportText();
        text.header(input, report);
        text.groups(report);
        text.summary(report.summary());
        return text.out.toString();
    }

    private void header(String input, ValidationReport report) {
        line("Archivo / File: " + input);
        for (ProfileInfo profile : report.profiles()) {
            line("Esquema / Schema: OCDS " + profile.version() + " (" + profile.schemaUrl() + ")");
            profile.extensions().forEach(this::extension);
        }
        line(verdict(report) + ": " + report.errors() + " errores / errors, "
                + report.warnings() + " advertencias / warnings, " + report.infos() + " avisos / notices");
    }

    private static String verdict(ValidationReport report) {
        if (!report.valid()) {
            return "INVÁLIDO / INVALID";
        }
        return report.complete() ? "VÁLIDO / VALID" : "SIN ERRORES, PERO NO SE PUDO REVISAR TODO (falta una extensión o "
                + "un esquema) / NO ERRORS, BUT NOT EVERYTHING COULD BE CHECKED (an extension or schema is missing)";
    }

    private void extension(ExtensionOutcome extension) {
        line("  extensión / extension " + extension.url() + ": " + (extension.applied() ? "aplicada / applied"
                : "NO aplicada, los datos no se validaron contra ella / NOT applied, the data was not validated "
                + "against it"));
    }

    private void groups(ValidationReport report) {
        if (report.groups().isEmpty()) {
            return;
        }
        line("");
        line("Problemas por tipo y ruta / Issues by type and path:");
        for (IssueGroup group : report.groups()) {
            line(String.format("  %-7s %-32s %-40s × %,d", group.severity(), group.type(),
                    group.pathPattern().isEmpty() ? "/" : group.pathPattern(), group.count()));
            line("      " + group.messageEs());
            line("      " + group.messageEn());
            line("      p. ej. / e.g. " + group.examples().stream().map(ReportText::example)
                    .collect(Collectors.joining("; ")));
        }
        if (report.ungroupedIssues() > 0) {
            line("  … y " + report.ungroupedIssues() + " problemas más de otros tipos / and more issues of other types");
        }
    }

    private static String example(IssueExample example) {
        String where = example.ocid().isEmpty() ? "" : example.ocid() + " (" + example.releaseId() + ") ";
        return where + (example.path().isEmpty() ? "/" : example.path());
    }

    private void summary(PublicationSummary s) {
        line("");
        line("Resumen / Summary:");
        line(String.format("  entregas / releases %,d; procesos (ocid) / processes %,d", s.releases(), s.ocids())
                + (s.records() == 0 ? "" : String.format("; registros / records %,d", s.records())));
        line(String.format("  planeación / planning %,d; licitaciones / tenders %,d; adjudicaciones / awards %,d; "
                + "contratos / contracts %,d; implementación / implementation %,d", s.planning(), s.tenders(),
                s.awards(), s.contracts(), s.implementations()));
        PublicationSummary.Organizations o = s.organizations();
        line(String.format("  compradores / buyers %,d; entidades contratantes / procuring entities %,d; "
                + "proveedores / suppliers %,d; licitantes / tenderers %,d", o.buyers(), o.procuringEntities(),
                o.suppliers(), o.tenderers()));
        line("  esquemas de identificadores / identifier schemes: " + counts(s.identifierSchemes()));
        line("  monedas / currencies: " + String.join(", ", s.currencies()));
        for (PublicationSummary.StageDates dates : s.dates()) {
            if (!dates.earliest().isEmpty()) {
                line("  fechas / dates " + dates.stage() + ": " + dates.earliest() + " … " + dates.latest());
            }
        }
        line("  ids de entrega repetidos / duplicate release ids: " + s.duplicateReleaseIds().count()
                + sample(s.duplicateReleaseIds().values()));
        line("  contratos sin adjudicación / contracts without awards: " + s.contractsWithoutAwards().count());
        if (!s.exact()) {
            line("  (más de 16,384 valores distintos: los conteos de distintos son estimaciones, ±1 %, y los ids "
                    + "repetidos y contratos sin adjudicación, mínimos / more than 16,384 distinct values: distinct "
                    + "counts are estimates, ±1 %, and duplicate ids and contracts without awards are lower bounds)");
        }
    }

    private static String counts(List<PublicationSummary.Count> counts) {
        return counts.stream().map(c -> c.name() + " " + c.count()).collect(Collectors.joining(", "));
    }

    private static String sample(List<String> values) {
        return values.isEmpty() ? "" : " (" + String.join(", ", values) + ")";
    }

    private void line(String text) {
        out.append(text).append(System.lineSeparator());
    }
}
