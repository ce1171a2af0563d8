package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.model.Release;

import java.util.List;

/** Compiles the releases of one contracting process (the OCDS merge), supplied by the application. */
@FunctionalInterface
public interface ReleaseCompiler {

    /**
     * The compiled release of {@code releases} (oldest first), merged by the rules of the version and extensions
     * that {@code packageInfo} (the package of the latest release) declares.
     */
    ObjectNode compile(List<Release> releases, PackageMetadata packageInfo);
}
