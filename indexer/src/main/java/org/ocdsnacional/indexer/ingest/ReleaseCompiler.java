package org.ocdsnacional.indexer.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.ocds.model.Release;

import java.util.List;

/** Compiles the releases of one contracting process (the OCDS merge), supplied by the application. */
@FunctionalInterface
public interface ReleaseCompiler {

    ObjectNode compile(List<Release> releases);
}
