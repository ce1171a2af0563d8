package org.ocdsnacional.ocds.compile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a record package as compact JSON, one record per line: the package's keys, then each record
 * ({@code ocid}, its {@code releases} as they were read, {@code compiledRelease}, and {@code versionedRelease} when
 * asked) as it is compiled. Releases, compiled and versioned releases are copied as the bytes they were written to.
 */
final class RecordPackageWriter {

    private static final byte[] RELEASES = ",\"releases\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMPILED = "],\"compiledRelease\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VERSIONED = ",\"versionedRelease\":".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final ObjectWriter writer;
    private boolean first = true;

    RecordPackageWriter(OutputStream out, ObjectMapper mapper) {
        this.out = out;
        this.writer = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .without(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    }

    /** The package's keys and the opening of its {@code records}. */
    void start(ObjectNode head) throws IOException {
        byte[] keys = writer.writeValueAsBytes(head);
        out.write(keys, 0, keys.length - 1);
        out.write(keys.length > 2 ? ",\"records\":[\n".getBytes(StandardCharsets.US_ASCII)
                : "\"records\":[\n".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * One record: its releases, its compiled release and its versioned release (null when not asked for), each as
     * compact UTF-8 JSON.
     */
    void record(String ocid, List<byte[]> releases, byte[] compiled, byte[] versioned) throws IOException {
        if (!first) {
            out.write(",\n".getBytes(StandardCharsets.US_ASCII));
        }
        first = false;
        out.write("{\"ocid\":".getBytes(StandardCharsets.US_ASCII));
        writer.writeValue(out, ocid);
        out.write(RELEASES);
        for (int i = 0; i < releases.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(releases.get(i));
        }
        out.write(COMPILED);
        out.write(compiled);
        if (versioned != null) {
            out.write(VERSIONED);
            out.write(versioned);
        }
        out.write('}');
    }

    void end() throws IOException {
        out.write("\n]}\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
