package org.ocdsnacional.ocds.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ocdsnacional.ocds.conformance.DetectCase;
import org.ocdsnacional.ocds.conformance.DetectCases;
import org.ocdsnacional.ocds.conformance.Shared;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ocdskit's {@code detect-format} cases (shared/fixtures/peer-tests/ocdskit/expected.json), read in place. */
class DetectFormatConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FormatDetector DETECTOR = FormatDetector.create(MAPPER.getFactory());

    static List<DetectCase> cases() throws IOException {
        List<DetectCase> cases = DetectCases.in(Shared.rootWith(DetectCases.FOLDER), MAPPER);
        assertFalse(cases.isEmpty(), "no detect-format cases found");
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void detectsAsOcdskit(DetectCase detectCase) throws Exception {
        if (detectCase.unknownReason().isPresent()) {
            UnknownFormatException unknown = assertThrows(UnknownFormatException.class,
                    () -> DETECTOR.detect(detectCase.file(), detectCase.rootPath()));
            assertEquals(detectCase.unknownReason().get(), unknown.getMessage());
            return;
        }
        assertEquals(detectCase.expected(), DETECTOR.detect(detectCase.file(), detectCase.rootPath()).describe());
    }
}
