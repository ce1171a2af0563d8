package org.ocdsnacional.ocds.validate;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;
import org.ocdsnacional.ocds.read.ReadProblem;
import org.ocdsnacional.ocds.read.ReleaseVisitor;

/** Hands what the reader finds to a publication's validation, as the {@code validate} command does. */
final class ValidationVisitor implements ReleaseVisitor {

    private final PublicationValidation validation;

    ValidationVisitor(PublicationValidation validation) {
        this.validation = validation;
    }

    @Override
    public void release(Release release, PackageMetadata packageInfo) {
        validation.release(release, packageInfo);
    }

    @Override
    public void problem(ReadProblem problem) {
        validation.problem(problem);
    }

    @Override
    public void warning(ReadProblem warning) {
        validation.warning(warning);
    }
}
