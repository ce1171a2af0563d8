package org.ocdsnacional.ocds.read;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

/** Receives what {@link OcdsReader} finds, in document order. */
public interface ReleaseVisitor {

    /** One release, with the metadata of the package that carried it ({@link PackageMetadata#NONE} if none). */
    void release(Release release, PackageMetadata packageInfo);

    /** Something in the input that is not usable OCDS but did not stop the reading. */
    default void problem(ReadProblem problem) {
    }
}
