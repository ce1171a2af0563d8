package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.profile.ProfileKey;
import org.ocdsnacional.ocds.read.ReadException;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates releases against the schema profile their package declares: its version's schema with its
 * extensions (JSON Schema draft-04, read the way lib-cove-ocds reads it; see {@link OcdsDialect}), its codelists,
 * the fields it knows and deprecates, and the further rules of {@code VALIDATION.md} (references, coherence,
 * Mexican identifiers and procedures, ocid prefixes). Each profile is compiled once and shared; instances are
 * thread-safe.
 */
public final class SchemaReleaseValidator implements ReleaseValidator {

    private final CompiledProfiles profiles;
    private final ObjectMapper mapper;
    private final ValidationOptions options;

    private SchemaReleaseValidator(CompiledProfiles profiles, ObjectMapper mapper, ValidationOptions options) {
        this.profiles = profiles;
        this.mapper = mapper;
        this.options = options;
    }

    /** A validator reading schemas from {@code source} (mirror or cached HTTP) and parsing them with {@code mapper}. */
    public static SchemaReleaseValidator create(SchemaSource source, ObjectMapper mapper) {
        return create(source, mapper, ValidationOptions.DEFAULTS);
    }

    /** A validator with {@code options}. */
    public static SchemaReleaseValidator create(SchemaSource source, ObjectMapper mapper, ValidationOptions options) {
        return new SchemaReleaseValidator(CompiledProfiles.create(source, mapper), mapper, options);
    }

    @Override
    public List<ValidationIssue> validate(Release release, PackageMetadata packageInfo) {
        Findings findings = new Findings(release.ocid(), release.id(), options.maxIssuesPerRelease());
        profiles.get(key(packageInfo)).profile().ifPresent(compiled ->
                ReleaseChecks.check(compiled, release.json(), "", findings, Map.of()));
        return findings.issues();
    }

    @Override
    public List<ValidationIssue> validatePackage(PackageMetadata packageInfo) {
        Findings findings = new Findings("", "", options.maxIssuesPerRelease());
        VersionChoice choice = VersionChoice.of(options.schemaVersion(), packageInfo);
        PackageIssues.version(choice, packageInfo, findings);
        CompiledProfiles.Outcome outcome = profiles.get(key(packageInfo));
        if (outcome.profile().isEmpty()) {
            PackageIssues.schemaUnavailable(outcome, findings);
        } else {
            PackageIssues.extensions(outcome.profile().get().profile().extensions(), packageInfo, findings);
        }
        return findings.issues();
    }

    @Override
    public List<ValidationIssue> validateDocument(Path document) {
        Findings findings = new Findings("", "", options.maxIssuesPerRelease());
        try {
            for (DocumentScan.PackageShell shell : DocumentScan.packages(mapper, document)) {
                profiles.get(key(shell.metadata())).profile().ifPresent(compiled ->
                        PackageShellCheck.check(compiled, shell.json(), shell.pointer(), findings));
            }
        } catch (IOException | ReadException e) {
            // The reader reports unreadable documents with their position; the shells are then not checked.
        }
        return findings.issues();
    }

    @Override
    public Optional<ProfileInfo> profile(PackageMetadata packageInfo) {
        ProfileKey key = key(packageInfo);
        return profiles.get(key).profile().map(compiled -> new ProfileInfo(key.version().label(),
                compiled.profile().releaseSchemaUrl().toString(), compiled.profile().extensions()));
    }

    /** The compiled profile of a package, or why it is unavailable. */
    CompiledProfiles.Outcome compiled(PackageMetadata packageInfo) {
        return profiles.get(key(packageInfo));
    }

    ValidationOptions options() {
        return options;
    }

    private ProfileKey key(PackageMetadata packageInfo) {
        return new ProfileKey(VersionChoice.of(options.schemaVersion(), packageInfo).version(), packageInfo.extensions());
    }
}
