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
        description = "Corre cada caso de las pruebas y la documentación de Cardinal "
                + "(shared/fixtures/peer-tests/cardinal: señales con los ajustes de cada caso, y cobertura de campos) "
                + "por nuestras señales y cobertura, e imprime la tabla (suite, caso, ¿coincide?, esperado | nuestro) "
                + "y los totales. / "
                + "Run every case of Cardinal's tests and documentation (shared/fixtures/peer-tests/cardinal: "
                + "red flags with the settings each case states, and field coverage) through our flags and "
                + "coverage, and print the table (suite, case, agree?, expected | ours) and the totals.")
final class CardinalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "La carpeta compartida con fixtures/peer-tests/cardinal (si no, ../shared o "
                    + "-Docds.shared.dir) / The shared folder with fixtures/peer-tests/cardinal (default: ../shared, "
                    + "or -Docds.shared.dir).")
    private Path shared = Path.of(System.getProperty("ocds.shared.dir", "../shared"));

    @Option(names = "--disagreements-only", description = "Imprime solo los casos que no coinciden / Print only the "
            + "cases that disagree.")
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
