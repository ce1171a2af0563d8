package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.conformance.CaseResult;
import org.ocdsnacional.ocds.conformance.Conformance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Runs the peer implementations' test cases (ocds-merge, ocdskit detect-format) and prints which pass. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Run ocds-merge's merge cases and ocdskit's format-detection cases from the shared fixtures "
                + "and print a pass/fail table. Exit status: 0 all pass, 1 some fail, 2 fixtures not found.")
final class ConformanceCommand implements Callable<Integer> {

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared folder with fixtures/peer-tests (default: ../shared, or -Docds.shared.dir).")
    private Path shared = Path.of(System.getProperty("ocds.shared.dir", "../shared"));

    @Option(names = "--failures-only", description = "Print only the cases that fail.")
    private boolean failuresOnly;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (!Files.isDirectory(shared.resolve("fixtures/peer-tests"))) {
            out.println("No se encontraron los casos / Peer test cases not found under " + shared.toAbsolutePath()
                    + "/fixtures/peer-tests (use --shared DIR)");
            return 2;
        }
        List<CaseResult> results = Conformance.create(new ObjectMapper()).run(shared);
        print(results, out);
        return results.stream().allMatch(CaseResult::passed) ? 0 : 1;
    }

    private void print(List<CaseResult> results, PrintStream out) {
        out.printf("%-24s %-64s %s%n", "suite", "case", "result");
        for (CaseResult result : results) {
            if (!failuresOnly || !result.passed()) {
                out.printf("%-24s %-64s %s%n", result.suite(), result.name(), result.passed() ? "pass"
                        : "FAIL  " + result.detail());
            }
        }
        Map<String, int[]> bySuite = new TreeMap<>();
        results.forEach(result -> {
            int[] counts = bySuite.computeIfAbsent(result.suite(), suite -> new int[2]);
            counts[0] += result.passed() ? 1 : 0;
            counts[1]++;
        });
        out.println();
        bySuite.forEach((suite, counts) -> out.printf("%s: %d/%d pass%n", suite, counts[0], counts[1]));
    }
}
