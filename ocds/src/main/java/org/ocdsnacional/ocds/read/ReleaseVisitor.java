package org.ocdsnacional.ocds.read;

import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

/** Receives what {@link OcdsReader} finds, in document order. Only {@link #release} must be implemented. */
public interface ReleaseVisitor {

    /** One release, with the metadata of the package that carried it ({@link PackageMetadata#NONE} if none). */
    void release(Release release, PackageMetadata packageInfo);

    /** Something in the input that is not usable OCDS but did not stop the reading. */
    default void problem(ReadProblem problem) {
    }

    /** Something read with a workaround (Latin-1 instead of UTF-8, a junk archive entry skipped): not an error. */
    default void warning(ReadProblem warning) {
    }

    /** A release that a record only links to: fetch {@link LinkedRelease#url()} to read it. */
    default void linkedRelease(LinkedRelease link, PackageMetadata packageInfo) {
    }

    /** A package ended; {@code complete} includes the metadata that followed its releases. */
    default void packageEnd(PackageMetadata complete) {
    }
}
