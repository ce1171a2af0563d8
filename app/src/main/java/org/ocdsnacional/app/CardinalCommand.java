package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ocdsnacional.analytics.conformance.CardinalCases;
import org.ocdsnacional.analytics.conformance.CardinalConformance;
import org.ocdsnacional.analytics.conformance.ConformanceRow;
import org.ocdsnacional.analytics.conformance.ConformanceTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints how our red flags and field coverage agree with Cardinal's, case by case. */
@Command(name = "cardinal", mixinStandardHelpOptions = true,
        description = "Run every case of Cardinal's tests and documentation (shared/fixtures/peer-tests/cardinal: "
                + "red flags with the settings each case states, and field coverage) through our flags and "
                + "coverage, and print the table (suite, case, agree?, expected | ours) and the totals. "
                + "Exit status: 0 when every case agrees, 1 otherwise, 2 when the cases are not found.")
final class CardinalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared folder with fixtures/peer-tests/cardinal (default: ../shared, or "
                    + "-Docds.shared.dir).")
    private Path shared = Path.of(System.getProperty("ocds.shared.dir", "../shared"));

    @Option(names = "--disagreements-only", description = "Print only the cases that disagree.")
    private boolean disagreementsOnly;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(shared.resolve(CardinalCases.FOLDER))) {
            spec.commandLine().getErr().println("No se encontraron los casos de Cardinal / Cardinal's cases not found "
                    + "under " + shared.toAbsolutePath().resolve(CardinalCases.FOLDER) + " (use --shared DIR)");
            return 2;
        }
        List<ConformanceRow> rows = new CardinalConformance(new ObjectMapper()).run(CardinalCases.in(shared));
        List<ConformanceRow> shown = disagreementsOnly ? rows.stream().filter(row -> !row.agree()).toList() : rows;
        spec.commandLine().getOut().print(ConformanceTable.rows(shown) + ConformanceTable.totals(rows));
        spec.commandLine().getOut().flush();
        return rows.stream().allMatch(ConformanceRow::agree) ? 0 : 1;
    }
}
