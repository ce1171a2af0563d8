package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Checks releases against the schema profile their package declares. Implementations are thread-safe. */
public interface ReleaseValidator {

    /**
     * The issues of this release; empty when it is valid, or when its package's schema could not be had (which
     * {@link #validatePackage} reports). Never throws for bad data: bad data is an issue.
     */
    List<ValidationIssue> validate(Release release, PackageMetadata packageInfo);

    /**
     * The issues of a package's declarations (its version, its extensions, a schema or extension that could not be
     * had), once per package.
     */
    default List<ValidationIssue> validatePackage(PackageMetadata packageInfo) {
        return List.of();
    }

    /**
     * The issues of the packages in a document apart from their releases ({@code publisher}, {@code uri}, …),
     * with pointers into the document. The document is read without keeping its releases in memory.
     */
    default List<ValidationIssue> validateDocument(Path document) {
        return List.of();
    }

    /** The schema a package is validated against, when it can be had. */
    default Optional<ProfileInfo> profile(PackageMetadata packageInfo) {
        return Optional.empty();
    }
}
