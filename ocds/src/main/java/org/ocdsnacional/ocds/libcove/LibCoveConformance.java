package org.ocdsnacional.ocds.libcove;

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
        rows.addAll(PackageStatsCases.run(context, expected.path("package_stats")));
        rows.addAll(EmptyFieldCases.run(context, expected.path("additional_checks_empty_fields")));
        rows.addAll(OcidPrefixCases.run(context, expected.path("bad_ocid_prefixes")));
        rows.addAll(AggregateCases.run(context, expected.path("release_aggregates")));
        rows.addAll(CodelistCases.run(context, expected.path("codelists")));
        rows.addAll(DeprecatedCases.run(context, expected.path("deprecated_fields")));
        rows.addAll(MissingIdCases.run(context, expected.path("missing_ids")));
        rows.addAll(VersionCases.run(expected.path("version_selection")));
        rows.addAll(ExtensionCases.run(context, expected.path("extensions_resolution")));
        rows.addAll(BadInputCases.run(context, expected.path("bad_input")));
        rows.addAll(MiscCases.run(context, expected.path("misc")));
        return rows;
    }
}
