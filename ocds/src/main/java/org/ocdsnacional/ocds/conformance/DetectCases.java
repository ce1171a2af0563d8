package org.ocdsnacional.ocds.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads ocdskit's {@code detect_format} cases from {@code shared/fixtures/peer-tests/ocdskit/expected.json}. */
public final class DetectCases {

    /** Where the cases are, under the shared folder. */
    public static final String FOLDER = "fixtures/peer-tests/ocdskit";

    private DetectCases() {
    }

    /** Every case in the order the peer lists them; empty when the file is absent. */
    public static List<DetectCase> in(Path shared, ObjectMapper mapper) throws IOException {
        Path folder = shared.resolve(FOLDER);
        Path expected = folder.resolve("expected.json");
        if (!Files.isRegularFile(expected)) {
            return List.of();
        }
        List<DetectCase> cases = new ArrayList<>();
        for (JsonNode entry : mapper.readTree(expected.toFile()).path("detect_format")) {
            String fixture = entry.path("fixture").asText();
            cases.add(new DetectCase(fixture.replaceFirst("^fixtures/", ""), folder.resolve(fixture),
                    entry.path("root_path").asText(""), entry.path("expected").asText()));
        }
        return cases;
    }
}
