package org.ocdsnacional.generator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.function.IntPredicate;

/**
 * Streams generated processes as OCDS packages to a JSON generator, one release at a time, so a package of any
 * size takes no memory: release packages, record packages (releases embedded or linked), and JSON Lines.
 */
public final class Packages {

    private final ObjectMapper mapper;

    private Packages(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static Packages create(ObjectMapper mapper) {
        return new Packages(mapper);
    }

    /** A release package with every release of processes {@code from} (inclusive) to {@code to} (exclusive). */
    public void releasePackage(Dataset dataset, int from, int to, PackageInfo info, JsonGenerator json)
            throws IOException {
        releasePackage(dataset, from, to, index -> true, info, json);
    }

    /** A release package with the releases of the processes in the range that {@code keep} accepts. */
    public void releasePackage(Dataset dataset, int from, int to, IntPredicate keep, PackageInfo info,
                               JsonGenerator json) throws IOException {
        json.writeStartObject();
        info.writeFields(json);
        json.writeArrayFieldStart("releases");
        for (int index = from; index < to; index++) {
            if (keep.test(index)) {
                writeReleases(dataset, index, json);
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A record package: one record per process, its releases embedded. */
    public void recordPackage(Dataset dataset, int from, int to, PackageInfo info, JsonGenerator json)
            throws IOException {
        json.writeStartObject();
        info.writeFields(json);
        json.writeArrayFieldStart("records");
        for (int index = from; index < to; index++) {
            json.writeStartObject();
            json.writeStringField("ocid", dataset.ocid(index));
            json.writeArrayFieldStart("releases");
            writeReleases(dataset, index, json);
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Every release of the processes, one JSON object per line. */
    public void jsonLines(Dataset dataset, int from, int to, JsonGenerator json) throws IOException {
        json.setRootValueSeparator(new SerializedString("\n"));
        for (int index = from; index < to; index++) {
            writeReleases(dataset, index, json);
        }
        json.writeRaw('\n');
    }

    /** One release, written as a value. */
    public void write(ObjectNode release, JsonGenerator json) throws IOException {
        mapper.writeTree(json, release);
    }

    private void writeReleases(Dataset dataset, int index, JsonGenerator json) throws IOException {
        for (ObjectNode release : dataset.releases(index)) {
            mapper.writeTree(json, release);
        }
    }
}
