package org.ocdsnacional.app;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.ocdsnacional.ocds.libcove.AgreementRow;
import org.ocdsnacional.ocds.libcove.AgreementTable;
import org.ocdsnacional.ocds.libcove.LibCoveConformance;
import org.ocdsnacional.ocds.libcove.Verdict;
import org.ocdsnacional.ocds.schema.MirrorSchemaSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Prints how our validation agrees with lib-cove-ocds on every case of its tests. */
@Command(name = "lib-cove", mixinStandardHelpOptions = true,
        description = "Corre cada caso de las pruebas de lib-cove-ocds (shared/fixtures/peer-tests/libcoveocds) "
                + "por nuestra validación e imprime la tabla de acuerdo (caso, esperado, nuestro, ¿coincide?) y los "
                + "totales. / "
                + "Run every case of lib-cove-ocds's tests (shared/fixtures/peer-tests/libcoveocds) through our "
                + "validation and print the agreement table (case, expected, ours, agree?) and the totals.")
final class LibCoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "La carpeta compartida, con fixtures/peer-tests/libcoveocds y ocds-mirror (si no, la carpeta "
                    + "shared junto a la de la aplicación, o -Docds.shared.dir) / The shared folder, with "
                    + "fixtures/peer-tests/libcoveocds and ocds-mirror (default: the folder shared beside the "
                    + "application's folder, or -Docds.shared.dir).")
    private Path shared;

    @Override
    public Integer call() throws IOException {
        Path folder = shared != null ? shared : SharedFolder.locate();
        Path peer = folder.resolve("fixtures/peer-tests/libcoveocds");
        if (!Files.isDirectory(peer)) {
            spec.commandLine().getErr().println("No se encontró / Not found: " + peer.toAbsolutePath());
            return 2;
        }
        List<AgreementRow> rows = LibCoveConformance.load(peer, MirrorSchemaSource.of(folder.resolve("ocds-mirror")),
                JsonMapper.builder().build()).run();
        spec.commandLine().getOut().print(AgreementTable.format(rows));
        spec.commandLine().getOut().flush();
        return rows.stream().anyMatch(row -> row.verdict() == Verdict.DISAGREE) ? 1 : 0;
    }
}
