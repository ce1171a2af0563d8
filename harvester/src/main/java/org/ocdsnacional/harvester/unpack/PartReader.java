package org.ocdsnacional.harvester.unpack;

/** Reads one part of a body; the file is deleted after this returns when it was a temporary one. */
@FunctionalInterface
public interface PartReader {

    void read(Part part);
}
