package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.ValidationMessage;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Validates each release against the OCDS release schema of the version its package declares (JSON Schema
 * draft-04, read the way lib-cove-ocds reads it; see {@link OcdsDialect}). Reports schema errors with the
 * JSON pointer of the offending value, duplicate ids in arrays, an unknown declared version and a schema that
 * could not be had. Each schema is compiled once and shared; instances are thread-safe.
 */
public final class SchemaReleaseValidator implements ReleaseValidator {

    private final CompiledSchemas schemas;

    private SchemaReleaseValidator(CompiledSchemas schemas) {
        this.schemas = schemas;
    }

    /** A validator reading schemas from {@code source} (mirror or cached HTTP) and parsing them with {@code mapper}. */
    public static SchemaReleaseValidator create(SchemaSource source, ObjectMapper mapper) {
        return new SchemaReleaseValidator(CompiledSchemas.create(source, mapper));
    }

    @Override
    public List<ValidationIssue> validate(Release release, PackageMetadata packageInfo) {
        VersionChoice choice = VersionChoice.of(packageInfo);
        List<ValidationIssue> issues = new ArrayList<>();
        choice.unknown().ifPresent(declared -> issues.add(PackageIssues.unknownVersion(declared, choice, release)));
        switch (schemas.get(choice.version())) {
            case SchemaOutcome.Ready ready -> addSchemaErrors(release, ready, issues);
            case SchemaOutcome.Unavailable missing -> issues.add(PackageIssues.schemaUnavailable(missing, release));
        }
        return issues;
    }

    private static void addSchemaErrors(Release release, SchemaOutcome.Ready schema, List<ValidationIssue> issues) {
        Set<ValidationMessage> messages;
        try {
            messages = schema.schema().validate(release.json());
        } catch (JsonSchemaException e) {
            issues.add(PackageIssues.schemaUnavailable(SchemaOutcome.Unavailable.now(schema.url(), e.getMessage()), release));
            return;
        }
        for (ValidationMessage message : messages) {
            issues.add(IssueMapper.toIssue(message, release, schema));
        }
    }
}
