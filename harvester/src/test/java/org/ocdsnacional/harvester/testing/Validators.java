package org.ocdsnacional.harvester.testing;

import org.ocdsnacional.ocds.validate.ReleaseValidator;
import org.ocdsnacional.ocds.validate.Severity;
import org.ocdsnacional.ocds.validate.ValidationIssue;

import java.util.List;

/** A tiny stand-in for the real validator (written in parallel): a release without {@code date} is an error. */
public final class Validators {

    public static final ReleaseValidator DATE_REQUIRED = (release, packageInfo) -> release.date().isPresent()
            ? List.of()
            : List.of(new ValidationIssue(Severity.ERROR, "schema.required", "/date", "date", "",
                    "Falta la fecha de la entrega", "The release date is missing", release.ocid(), release.id()));

    private Validators() {
    }
}
