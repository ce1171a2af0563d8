package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.model.PackageMetadata;
import org.ocdsnacional.ocds.schema.OcdsVersion;
import org.ocdsnacional.ocds.validate.VersionChoice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code version_selection}: the version used for a requested version and a package's declared one, and which of
 * the two was invalid. We differ on purpose where the package declares no version: the standard and
 * VALIDATION.md say that is 1.0 (lib-cove-ocds moved its default to 1.1).
 */
final class VersionCases {

    private static final String SECTION = "version_selection";
    private static final String BY_DESIGN = "no version declared means 1.0 (OCDS, VALIDATION.md); the peer now uses 1.1";

    private VersionCases() {
    }

    static List<AgreementRow> run(JsonNode cases) {
        List<AgreementRow> rows = new ArrayList<>();
        for (JsonNode peerCase : cases) {
            Optional<String> selected = Optional.ofNullable(peerCase.path("select_version").textValue());
            JsonNode packageData = peerCase.path("package_data");
            PackageMetadata metadata = PeerPackages.metadata(packageData);
            VersionChoice choice = VersionChoice.of(selected, metadata);
            String expected = describe(peerCase.path("version").asText().replace(" (default)", ""),
                    peerCase.path("invalid_version_argument").asBoolean(),
                    peerCase.path("invalid_version_data").asBoolean(), peerCase.path("extensions").properties()
                            .stream().map(Map.Entry::getKey).toList());
            String ours = describe(choice.version().label(), choice.invalidSelected().isPresent(),
                    choice.invalidDeclared().isPresent(), metadata.extensions());
            String name = "select " + selected.orElse("none") + ", package " + Peer.inline(packageData);
            AgreementRow row = AgreementRow.compare(SECTION, name, expected, ours);
            boolean undeclared = selected.flatMap(OcdsVersion::of).isEmpty()
                    && metadata.declaredVersion().isEmpty();
            rows.add(row.verdict() == Verdict.DISAGREE && undeclared ? row.because(Verdict.DIFFERS_BY_DESIGN, BY_DESIGN)
                    : row);
        }
        return rows;
    }

    private static String describe(String version, boolean invalidArgument, boolean invalidData,
                                   List<String> extensions) {
        return "version " + version + ", invalid argument " + invalidArgument + ", invalid data " + invalidData
                + ", extensions " + extensions;
    }
}
