package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.summary.SeenValues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a publication read as a stream (a harvest run, a file on the command line): each document's packages,
 * each package's declarations once, each release, and releases repeated within a package; collects everything into
 * a {@link ValidationReport}. A schema or extension that could not be had, or that is broken, is reported once per
 * publication, however many packages declare it. Memory stays bounded, except that {@link #start} remembers the (ocid, id) pairs of the
 * current package by 64-bit hash, to find repeats; {@link #startDeduplicated}, for callers that drop repeats
 * themselves, does not. Not thread-safe: one per run.
 */
public final class PublicationValidation {

    /** Distinct issues about schemas and extensions remembered (publishers declare a handful of extensions). */
    private static final int MAX_TOLD = 10_000;

    private final ReleaseValidator validator;
    private final ReportBuilder report;
    private PackageMetadata currentPackage;
    /** The (ocid, id) pairs of the current package; null when the caller drops repeats itself. */
    private final SeenValues releaseKeys;
    /** What was told about schemas and extensions: each is told once per publication. */
    private final Set<String> told = new HashSet<>();

    private PublicationValidation(ReleaseValidator validator, ReportLimits limits, boolean findRepeats) {
        this.validator = validator;
        this.report = new ReportBuilder(limits);
        this.releaseKeys = findRepeats ? new SeenValues() : null;
    }

    /** A validation that reports a release whose (ocid, id) its package already had. */
    public static PublicationValidation start(ReleaseValidator validator, ReportLimits limits) {
        return new PublicationValidation(validator, limits, true);
    }

    /**
     * A validation for a caller that never hands the same (ocid, id) twice, having dropped repeats before (a
     * harvest run, which counts them as duplicates): the pairs are not remembered, so memory does not grow with
     * the size of a package.
     */
    public static PublicationValidation startDeduplicated(ReleaseValidator validator, ReportLimits limits) {
        return new PublicationValidation(validator, limits, false);
    }

    /** The validator that checks each release. */
    ReleaseValidator validator() {
        return validator;
    }

    /** The issues of the packages of a document apart from their releases (see {@link ReleaseValidator}). */
    public List<ValidationIssue> document(Path document) {
        List<ValidationIssue> issues = validator.validateDocument(document);
        report.issues(issues);
        return issues;
    }

    /** A release and its issues, its package's declarations' issues first when the package is new. */
    public List<ValidationIssue> release(Release release, PackageMetadata packageInfo) {
        return release(release, packageInfo, validator.validate(release, packageInfo));
    }

    /**
     * A release whose own issues this validation's validator has found already (on another thread: {@link
     * ConcurrentValidation}), and the rest as {@link #release(Release, PackageMetadata)} does.
     */
    List<ValidationIssue> release(Release release, PackageMetadata packageInfo, List<ValidationIssue> own) {
        if (packageInfo != currentPackage) {
            newPackage(packageInfo);
        }
        List<ValidationIssue> issues = new ArrayList<>(own);
        if (releaseKeys != null && !release.ocid().isEmpty() && !release.id().isEmpty()
                && !releaseKeys.add(release.ocid() + "\n" + release.id())) {
            issues.add(duplicate(release));
        }
        report.issues(issues);
        report.summary().release(release.json());
        report.summary().currencies(release.json());
        return issues;
    }

    /**
     * A part of the input that is not OCDS, as the reader found it (skipped); an element of {@code releases} or
     * {@code records} that is not an object is an invalid release or record, as the JSON Schema says of it.
     */
    public void problem(ReadProblem problem) {
        report.issues(List.of(readIssue(Severity.ERROR, problem.invalidReleaseOrRecord() ? "schema.type"
                : "read.not_ocds", problem)));
    }

    /** Something the reader read with a workaround, such as text that is not UTF-8 read as Latin-1. */
    public void warning(ReadProblem warning) {
        report.issues(List.of(readIssue(Severity.WARNING, "read.workaround", warning)));
    }

    /**
     * An issue found outside the validator, about the publication (e.g. by a harvest, which drops repeated releases
     * before validating and reports the ones whose content differs).
     */
    public void issue(ValidationIssue issue) {
        report.issues(List.of(issue));
    }

    public ValidationReport report() {
        return report.build();
    }

    private void newPackage(PackageMetadata packageInfo) {
        currentPackage = packageInfo;
        if (releaseKeys != null) {
            releaseKeys.clear();
        }
        report.issues(validator.validatePackage(packageInfo).stream().filter(this::notToldYet).toList());
        validator.profile(packageInfo).ifPresent(report::profile);
    }

    /**
     * False for what an earlier package already told about a schema or an extension (that it could not be had, or
     * what is wrong with it): that is about the extension, not about each package that declares it.
     */
    private boolean notToldYet(ValidationIssue issue) {
        if (!IssueTypes.aboutSchemaOrExtension(issue.type())) {
            return true;
        }
        return told.size() >= MAX_TOLD || told.add(issue.type() + " " + issue.value() + " " + issue.details());
    }

    /**
     * The reader's message, "Spanish / English", as an issue at its place in the document, with the byte where it
     * is when that is known.
     */
    private static ValidationIssue readIssue(Severity severity, String type, ReadProblem problem) {
        String message = problem.message();
        int split = message.indexOf(" / ");
        String es = split < 0 ? message : message.substring(0, split);
        String en = split < 0 ? message : message.substring(split + 3);
        boolean located = problem.offset() >= 0;
        String at = located ? " (byte " + problem.offset() + ")" : "";
        Map<String, String> details = located ? Map.of("offset", Long.toString(problem.offset()), "origin",
                problem.origin()) : Map.of("origin", problem.origin());
        return new ValidationIssue(severity, type, problem.pointer(), JsonPointers.fieldOf(problem.pointer()),
                located ? Long.toString(problem.offset()) : problem.origin(), es + at, en + at, "", "", details);
    }

    private static ValidationIssue duplicate(Release release) {
        String pair = release.ocid() + ", " + release.id();
        return new ValidationIssue(Severity.ERROR, "schema.duplicate_release", "", "id", pair,
                "El paquete ya tiene una entrega con el mismo ocid e id (" + pair + "): cada entrega necesita un id "
                        + "único dentro de su proceso",
                "The package already has a release with the same ocid and id (" + pair + "): each release needs an "
                        + "id unique within its process", release.ocid(), release.id(),
                Map.of("peer", "uniqueItems_with_ocid__id"));
    }
}
