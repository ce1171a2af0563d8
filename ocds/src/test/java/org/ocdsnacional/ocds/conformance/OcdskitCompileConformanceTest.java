package org.ocdsnacional.ocds.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ocdskit's {@code compile} cases on the Mexico City pilots (release packages without {@code version}): compiled
 * as the application compiles, they come out as ocdskit's, because both read undeclared data as OCDS 1.0.
 */
class OcdskitCompileConformanceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Conformance CONFORMANCE = Conformance.create(MAPPER);

    static List<CompileCase> runnable() throws IOException {
        List<CompileCase> cases = CompileCases.in(Shared.rootWith(CompileCases.FOLDER), MAPPER).stream()
                .filter(c -> c.notRunnable().isEmpty()).toList();
        assertTrue(cases.size() >= 10, "ocdskit's compile cases and their --root-path twins: " + cases);
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runnable")
    void compilesAsOcdskit(CompileCase compileCase) {
        CaseResult result = CONFORMANCE.run(compileCase);

        assertEquals(CaseResult.Status.PASS, result.status(), result.detail());
    }

    @Test
    void theCasesWhoseFixturesTheCopyLacksAreListedAsNotRunWithTheReason() throws IOException {
        List<CaseResult> notRun = CompileCases.in(Shared.rootWith(CompileCases.FOLDER), MAPPER).stream()
                .map(CONFORMANCE::run).filter(r -> r.status() == CaseResult.Status.NOT_RUN).toList();

        for (CaseResult result : notRun) {
            assertTrue(result.detail().startsWith("fixture missing from the copy of the peer's tests: "), result.detail());
        }
        assertEquals(List.of("test_command_extensions_with_packages",
                "test_command_extensions_with_releases (--root-path releases.item)"),
                notRun.stream().map(CaseResult::name).toList());
    }
}
