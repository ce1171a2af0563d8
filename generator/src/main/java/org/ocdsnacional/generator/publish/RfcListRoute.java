package org.ocdsnacional.generator.publish;

import org.ocdsnacional.generator.patterns.PatternPlanter;
import org.ocdsnacional.generator.patterns.PlantedProcesses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code rfc-list}: the reference list of organizations by RFC (CSV: RFC, name, status, date) that the data set's
 * planted processes are planted against, as {@code /lista.csv}; only its header when nothing is planted.
 */
final class RfcListRoute implements Route {

    private static final String HEADER = "RFC,Nombre,Situación,Fecha\n";

    @Override
    public boolean answer(Request request, PublishedSource source, Response response) throws IOException {
        if (!request.path().equals("/lista.csv")) {
            return false;
        }
        String csv = source.dataset().planted().map(PlantedProcesses::referenceList).orElse(HEADER);
        response.bytes("text/csv; charset=utf-8", out -> out.write(csv.getBytes(StandardCharsets.UTF_8)));
        return true;
    }

    @Override
    public String registryParameters(String baseUrl, PublishedSource source) {
        return """
                url: %s/lista.csv
                list: %s
                nameColumn: Nombre
                statusColumn: Situación
                dateColumn: Fecha""".formatted(baseUrl, PatternPlanter.REFERENCE_LIST);
    }
}
