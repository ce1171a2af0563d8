package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.profile.ExtensionOutcome;
import org.ocdsnacional.ocds.profile.ExtensionProblem;
import org.ocdsnacional.ocds.profile.ProfileBuilder;
import org.ocdsnacional.ocds.profile.ProfileKey;
import org.ocdsnacional.ocds.profile.SchemaProfile;
import org.ocdsnacional.ocds.validate.VersionChoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code extensions_resolution}: which declared extensions could not be used and why (by category: unsupported
 * scheme, missing extension.json, 404, fetching failed, invalid metadata), whether the schema was extended and
 * whether it was patched. A case whose extension the offline mirror lacks, and that the peer could download,
 * needs the network.
 */
final class ExtensionCases {

    private static final String SECTION = "extensions_resolution";

    private ExtensionCases() {
    }

    static List<AgreementRow> run(PeerContext context, JsonNode cases) throws IOException {
        List<AgreementRow> rows = new ArrayList<>();
        ProfileBuilder builder = ProfileBuilder.create(context.source(), context.mapper());
        for (JsonNode peerCase : cases) {
            JsonNode packageData = peerCase.path("package_data");
            PackageMetadata metadata = PeerPackages.metadata(packageData);
            SchemaProfile profile = builder.build(new ProfileKey(VersionChoice.of(Optional.empty(), metadata)
                    .version(), metadata.extensions()));
            Map<String, String> invalid = new TreeMap<>();
            peerCase.path("invalid_extension").properties().forEach(e -> invalid.put(e.getKey(), e.getValue().asText()));
            String expected = describe(invalid, peerCase.path("extended").asBoolean(),
                    peerCase.path("extends_schema").asBoolean());
            String ours = describe(failures(profile), profile.extended(),
                    profile.extensions().stream().anyMatch(e -> e.applied() && e.patchesSchema()));
            AgreementRow row = AgreementRow.compare(SECTION, Peer.inline(packageData), expected, ours);
            rows.add(row.verdict() == Verdict.DISAGREE ? offline(profile, invalid, row) : row);
        }
        return rows;
    }

    private static Map<String, String> failures(SchemaProfile profile) {
        Map<String, String> failures = new TreeMap<>();
        for (ExtensionOutcome outcome : profile.extensions()) {
            if (!outcome.applied()) {
                failures.put(outcome.url(), category(outcome.problems().getFirst()));
            }
        }
        return failures;
    }

    /** The peer's wording of each category of failure. */
    private static String category(ExtensionProblem problem) {
        return switch (problem.kind()) {
            case UNSUPPORTED_SCHEME, BROKEN_REF -> problem.detail();
            case NOT_AN_EXTENSION_URL -> "missing extension.json";
            case NOT_FOUND -> "404: not found";
            case UNREACHABLE, PATCH_UNREADABLE -> "fetching failed";
            case INVALID_METADATA -> "extension metadata is not valid JSON";
            case INVALID_PATCH -> "release schema patch is not valid JSON";
            default -> problem.kind().name();
        };
    }

    /** A disagreement only because an extension the peer could download is not in the offline mirror. */
    private static AgreementRow offline(SchemaProfile profile, Map<String, String> expectedInvalid, AgreementRow row) {
        for (ExtensionOutcome outcome : profile.extensions()) {
            boolean unreachable = !outcome.applied()
                    && outcome.problems().getFirst().kind() == ExtensionProblem.Kind.UNREACHABLE;
            if (unreachable && !"fetching failed".equals(expectedInvalid.get(outcome.url()))) {
                return row.because(Verdict.NEEDS_NETWORK, "not in the offline mirror: " + outcome.url());
            }
        }
        return row;
    }

    private static String describe(Map<String, String> invalid, boolean extended, boolean patched) {
        return "invalid " + invalid + ", extended " + extended + ", schema patched " + patched;
    }
}
