package org.ocdsnacional.ocds.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.schema.SchemaSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every case of lib-cove-ocds's {@code expected.json} through our validator and says, case by case, whether
 * we agree.
 */
public final class LibCoveConformance {

    private final PeerContext context;
    private final JsonNode expected;

    private LibCoveConformance(PeerContext context, JsonNode expected) {
        this.context = context;
        this.expected = expected;
    }

    /**
     * The cases of {@code peerDir} ({@code shared/fixtures/peer-tests/libcoveocds}), validated with schemas from
     * {@code mirror} (the offline mirror).
     */
    public static LibCoveConformance load(Path peerDir, SchemaSource mirror, ObjectMapper mapper) throws IOException {
        JsonNode expected = mapper.readTree(peerDir.resolve("expected.json").toFile());
        return new LibCoveConformance(new PeerContext(mapper, peerDir, mirror), expected);
    }

    /** One row per case, in the order of expected.json's sections. */
    public List<AgreementRow> run() throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        rows.addAll(SchemaValidationCases.run(context, expected.path("schema_validation")));
        return rows;
    }
}
