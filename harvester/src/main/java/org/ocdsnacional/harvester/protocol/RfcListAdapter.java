package org.ocdsnacional.harvester.protocol;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ocdsnacional.harvester.http.FetchRequest;
import org.ocdsnacional.harvester.http.Fetched;
import org.ocdsnacional.harvester.registry.ProtocolParameters;
import org.ocdsnacional.harvester.registry.Source;
import org.ocdsnacional.ocds.mx.Rfc;
import org.ocdsnacional.ocds.pipeline.ListedEntry;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code rfc-list}: a published CSV list of organizations by RFC, such as SAT's list of taxpayers under article 69-B
 * of the Código Fiscal (presumed or definitive simulators of operations) or the sanctioned suppliers of the
 * Secretaría Anticorrupción y Buen Gobierno. The columns are named in the registry ({@link ListColumns}): the
 * header row is the first row that has the RFC column (title rows above it are skipped), quoted fields may hold
 * commas and line breaks, the text may be UTF-8 (with or without byte-order mark) or Latin-1 (Windows-1252), read
 * as a stream from disk. Each row with an RFC and a date is handed to the session; a row without is counted as
 * invalid, the first one named in the run.
 */
public final class RfcListAdapter implements ProtocolAdapter {

    public static final String PROTOCOL = "rfc-list";

    @Override
    public String protocol() {
        return PROTOCOL;
    }

    @Override
    public boolean readsList() {
        return true;
    }

    @Override
    public void harvest(Source source, SourceSession session) throws IOException {
        URI url = URI.create(source.parameters().string("url"));
        Optional<Fetched> fetched = session.fetchEntryPoint(FetchRequest.get(url));
        if (fetched.isEmpty()) {
            return;
        }
        try (Fetched body = fetched.get(); Reader text = ListText.open(body.file())) {
            read(source.parameters(), url, text, session);
        }
    }

    private static void read(ProtocolParameters parameters, URI url, Reader text, SourceSession session)
            throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(parameters))
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        Optional<ListColumns> columns = Optional.empty();
        try (CSVParser rows = CSVParser.parse(text, format)) {
            for (CSVRecord row : rows) {
                if (columns.isEmpty()) {
                    columns = ListColumns.fromHeader(parameters, row);
                    continue;
                }
                ListColumns found = columns.get();
                entry(found, row).ifPresentOrElse(session::listed,
                        () -> session.unreadableRow(url.toString(), row.getRecordNumber(), problem(found, row)));
            }
        }
        if (columns.isEmpty()) {
            session.problem(url.toString(), "No se encontró la columna del RFC («" + ListColumns.rfcColumn(parameters)
                    + "») en ninguna fila / No row has the RFC column («" + ListColumns.rfcColumn(parameters) + "»)");
        }
    }

    private static Optional<ListedEntry> entry(ListColumns columns, CSVRecord row) {
        Optional<String> rfc = Rfc.normalise(columns.rfc(row));
        Optional<LocalDate> date = columns.date(row);
        if (rfc.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ListedEntry(rfc.get(), columns.name(row), columns.status(row), date.get()));
    }

    private static String problem(ListColumns columns, CSVRecord row) {
        if (Rfc.normalise(columns.rfc(row)).isEmpty()) {
            return "«" + columns.rfc(row) + "» no es un RFC / is not an RFC";
        }
        return "sin fecha legible / no readable date";
    }

    private static char delimiter(ProtocolParameters parameters) {
        String delimiter = parameters.optionalString("delimiter").orElse(",");
        return delimiter.equals("tab") ? '\t' : delimiter.charAt(0);
    }
}
