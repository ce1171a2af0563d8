package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.ocds.conformance.CaseResult;
import org.ocdsnacional.ocds.conformance.Conformance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Runs the peer implementations' test cases (ocds-merge, ocdskit compile and detect-format) and prints which pass. */
@Command(name = "conformance", mixinStandardHelpOptions = true,
        description = "Corre los casos de combinación de ocds-merge y los de compilación y detección de formato de "
                + "ocdskit de los datos compartidos, e imprime una tabla de casos que pasan o fallan, con cada caso "
                + "que no se pudo correr y por qué. / "
                + "Run ocds-merge's merge cases and ocdskit's compile and format-detection cases from the shared "
                + "fixtures and print a pass/fail table, with every case that could not be run and why.")
final class ConformanceCommand implements Callable<Integer> {

    static final int ALL_PASS = 0;
    static final int SOME_FAIL = 1;
    static final int NOT_FOUND = 2;
    static final int SOME_NOT_RUN = 3;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "La carpeta compartida con fixtures/peer-tests, o una copia de ocds-merge (si no, la carpeta "
                    + "shared junto a la de la aplicación, o -Docds.shared.dir) / The shared folder with "
                    + "fixtures/peer-tests, or a checkout of ocds-merge (default: the folder shared beside the "
                    + "application's folder, or -Docds.shared.dir).")
    private Path shared;

    @Option(names = "--failures-only", description = "Imprime solo los casos que fallan o no se pudieron correr / "
            + "Print only the cases that fail or could not be run.")
    private boolean failuresOnly;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Path folder = shared != null ? shared : SharedFolder.locate();
        List<CaseResult> results = Conformance.create(new ObjectMapper()).run(folder);
        if (results.isEmpty()) {
            out.println("No se encontraron los casos / Peer test cases not found under " + folder.toAbsolutePath()
                    + " (fixtures/peer-tests, or a checkout of ocds-merge; use --shared DIR)");
            return NOT_FOUND;
        }
        print(results, out);
        return status(results);
    }

    private static int status(List<CaseResult> results) {
        if (results.stream().anyMatch(result -> result.status() == CaseResult.Status.FAIL)) {
            return SOME_FAIL;
        }
        return results.stream().allMatch(CaseResult::passed) ? ALL_PASS : SOME_NOT_RUN;
    }

    private void print(List<CaseResult> results, PrintStream out) {
        out.printf("%-24s %-64s %s%n", "suite", "case", "result");
        for (CaseResult result : results) {
            if (!failuresOnly || !result.passed()) {
                out.printf("%-24s %-64s %s%n", result.suite(), result.name(), outcome(result));
            }
        }
        Map<String, Map<CaseResult.Status, Integer>> bySuite = new TreeMap<>();
        results.forEach(result -> bySuite.computeIfAbsent(result.suite(), suite -> new EnumMap<>(CaseResult.Status.class))
                .merge(result.status(), 1, Integer::sum));
        out.println();
        bySuite.forEach((suite, counts) -> out.println(totals(suite, counts)));
    }

    private static String outcome(CaseResult result) {
        return switch (result.status()) {
            case PASS -> "pass";
            case FAIL -> "FAIL  " + result.detail();
            case NOT_RUN -> "NOT RUN  " + result.detail();
        };
    }

    /** {@code ocds-merge: 68/68 pass}, or {@code ocdskit compile: 10/10 pass, 2 not run}. */
    private static String totals(String suite, Map<CaseResult.Status, Integer> counts) {
        int passed = counts.getOrDefault(CaseResult.Status.PASS, 0);
        int ran = passed + counts.getOrDefault(CaseResult.Status.FAIL, 0);
        int notRun = counts.getOrDefault(CaseResult.Status.NOT_RUN, 0);
        return suite + ": " + passed + "/" + ran + " pass" + (notRun == 0 ? "" : ", " + notRun + " not run");
    }
}
