package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PackageMetadata;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Validates a whole package held in memory, the way lib-cove-ocds does, with JSON pointers from the package's
 * root ({@code /releases/3/tender/id}, {@code /records/0/releases/1/date}): the package, each release or record
 * (records with their linked or embedded releases), the uniqueness of releases and records. Use
 * {@link PublicationValidation} for data of any size. Thread-safe.
 */
public final class PackageValidator {

    private final SchemaReleaseValidator validator;
    private final ReportLimits limits;

    private PackageValidator(SchemaReleaseValidator validator, ReportLimits limits) {
        this.validator = validator;
        this.limits = limits;
    }

    /** A package validator sharing {@code validator}'s compiled profiles and options. */
    public static PackageValidator create(SchemaReleaseValidator validator, ReportLimits limits) {
        return new PackageValidator(validator, limits);
    }

    public ValidationReport validate(JsonNode data) {
        ReportBuilder report = new ReportBuilder(limits);
        int cap = validator.options().maxIssuesPerRelease();
        Findings findings = new Findings("", "", cap);
        if (!(data instanceof ObjectNode pkg)) {
            notAPackage(data, findings);
            report.issues(findings.issues());
            return report.build();
        }
        PackageMetadata packageInfo = PackageMetadata.of(pkg);
        report.issues(validator.validatePackage(packageInfo));
        validator.profile(packageInfo).ifPresent(report::profile);
        CompiledProfiles.Outcome outcome = validator.compiled(packageInfo);
        if (outcome.profile().isEmpty()) {
            PackageIssues.schemaUnavailable(outcome, findings);
        } else {
            contents(outcome.profile().get(), pkg, report, findings, cap);
        }
        report.issues(findings.issues());
        report.summary().currencies(pkg);
        return report.build();
    }

    private static void contents(CompiledProfile profile, ObjectNode pkg, ReportBuilder report, Findings findings,
                                 int cap) {
        PackageShellCheck.check(profile, DocumentScan.shell(pkg), "", findings);
        if (pkg.has("records")) {
            records(profile, pkg.get("records"), report, findings, cap);
        } else {
            releases(profile, pkg.path("releases"), report, findings, cap);
        }
    }

    private static void releases(CompiledProfile profile, JsonNode releases, ReportBuilder report, Findings findings,
                                 int cap) {
        if (releases.isObject()) {
            new FieldWalk(profile.profile().codelists(), findings).object(releases, profile.profile().release(),
                    "/releases", Set.of());
        }
        if (!releases.isArray()) {
            return;
        }
        for (int i = 0; i < releases.size(); i++) {
            JsonNode release = releases.get(i);
            Findings own = new Findings(scalar(release.path("ocid")), scalar(release.path("id")), cap);
            ReleaseChecks.check(profile, release, "/releases/" + i, own, Map.of());
            report.issues(own.issues());
            report.summary().release(release);
        }
        UniqueItems.releases(releases, "/releases", findings);
    }

    private static void records(CompiledProfile profile, JsonNode records, ReportBuilder report, Findings findings,
                                int cap) {
        if (!records.isArray()) {
            return;
        }
        RecordChecks checks = new RecordChecks(profile, cap, report::issues, report.summary());
        for (int i = 0; i < records.size(); i++) {
            checks.check(records.get(i), "/records/" + i);
        }
        UniqueItems.records(records, "/records", findings);
    }

    private static void notAPackage(JsonNode data, Findings findings) {
        findings.add(Severity.ERROR, "package.not_a_package", "", "", data.getNodeType().name().toLowerCase(Locale.ROOT),
                () -> new Texts("Los datos no son un paquete de OCDS: se esperaba un objeto JSON con «releases» o «records»",
                        "The data is not an OCDS package: a JSON object with «releases» or «records» was expected"),
                Map.of());
    }

    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : "";
    }
}
