package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.util.List;

/** Checks one release against the schema profile its package declares. Implementations are thread-safe. */
public interface ReleaseValidator {

    /** The issues of this release; empty when it is valid. Never throws for bad data: bad data is an issue. */
    List<ValidationIssue> validate(Release release, PackageMetadata packageInfo);
}
