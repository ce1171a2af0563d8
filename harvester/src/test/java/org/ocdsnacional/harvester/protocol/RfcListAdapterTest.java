package org.ocdsnacional.harvester.protocol;

import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ocdsnacional.harvester.http.HttpFetcher;
import org.ocdsnacional.harvester.run.DocumentState;
import org.ocdsnacional.harvester.run.HarvestStore;
import org.ocdsnacional.harvester.run.Harvester;
import org.ocdsnacional.harvester.run.ListComparison;
import org.ocdsnacional.harvester.run.ListReplacement;
import org.ocdsnacional.harvester.run.ProgressListener;
import org.ocdsnacional.harvester.run.StoredRelease;
import org.ocdsnacional.harvester.run.Withdrawal;
import org.ocdsnacional.harvester.run.WithdrawalRequest;
import org.ocdsnacional.harvester.testing.LocalPublisher;
import org.ocdsnacional.harvester.testing.RecordingSink;
import org.ocdsnacional.harvester.testing.TestSources;
import org.ocdsnacional.harvester.testing.Validators;
import org.ocdsnacional.ocds.pipeline.HarvestRun;
import org.ocdsnacional.ocds.pipeline.ListedEntry;
import org.ocdsnacional.ocds.pipeline.RunState;
import org.ocdsnacional.ocds.pipeline.RunTrigger;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code rfc-list}: reference lists of organizations by RFC served over HTTP as CSV, in the shapes the SAT and the
 * Secretaría Anticorrupción publish them (title rows above the header, quoted fields with commas and line breaks,
 * Latin-1 or UTF-8 with a byte-order mark, dates inside sentences).
 */
class RfcListAdapterTest {

    /** SAT's article 69-B list, as its CSV is laid out. */
    private static final String SAT_69B = """
            Información actualizada al 30 de abril de 2024
            Listado completo de contribuyentes (Artículo 69-B del Código Fiscal de la Federación)

            No,RFC,Nombre del Contribuyente,Situación del contribuyente,Publicación DOF presuntos
            1,AAA100303L51,"Comercializadora Ñandú, S.A. de C.V.",Presunto,"Oficio 500-05-2020-1 de fecha 15/01/2020"
            2,bbb-120101-a12,"Servicios ""Águila""
            del Norte, S.C.",Definitivo,03/06/2019
            3,NO-ES-RFC,Alguien,Presunto,01/01/2021
            4,CCC150505XY9,Constructora Sin Fecha,Desvirtuado,pendiente
            """;

    @TempDir
    Path workDir;

    private LocalPublisher publisher;
    private final Lists lists = new Lists();

    @BeforeEach
    void start() throws IOException {
        publisher = LocalPublisher.start();
    }

    @AfterEach
    void stop() {
        publisher.close();
    }

    @Test
    void readsSatsListInLatin1WithTitleRowsQuotedFieldsAndDatesInSentences() throws IOException {
        serve("/69b.csv", SAT_69B, Charset.forName("windows-1252"));
        HarvestRun run = harvest(Map.of("url", List.of(publisher.url("/69b.csv").toString()),
                "list", List.of("SAT 69-B"), "nameColumn", List.of("Nombre del contribuyente"),
                "statusColumn", List.of("Situacion del contribuyente"),
                "dateColumn", List.of("Publicación DOF presuntos")));

        assertEquals(RunState.SUCCEEDED, run.state(), () -> run.error().toString());
        assertEquals(1, lists.replaced.size());
        ListReplacement list = lists.replaced.getFirst();
        assertEquals("SAT 69-B", list.list());
        assertEquals(List.of(
                new ListedEntry("AAA100303L51", "Comercializadora Ñandú, S.A. de C.V.", "Presunto",
                        LocalDate.of(2020, 1, 15)),
                new ListedEntry("BBB120101A12", "Servicios \"Águila\"\ndel Norte, S.C.", "Definitivo",
                        LocalDate.of(2019, 6, 3))), list.entries());
        assertEquals(4, run.counts().releases(), "every row after the header is read");
        assertEquals(2, run.counts().invalid(), "one without an RFC, one without a date");
        assertEquals(2, run.counts().newReleases());
        assertTrue(run.error().orElseThrow().reason().contains("NO-ES-RFC"), run.error().toString());
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndColumnsByPosition() throws IOException {
        serve("/sancionados.csv", "\uFEFFrfc;proveedor;fecha de resolución\n"
                + "DDD010101AB1;\"Distribuidora; Delta\";2023-11-30\n", StandardCharsets.UTF_8);
        HarvestRun run = harvest(Map.of("url", List.of(publisher.url("/sancionados.csv").toString()),
                "delimiter", List.of(";"), "nameColumn", List.of("2"), "dateColumn", List.of("3"),
                "status", List.of("Sancionado")));

        assertEquals(RunState.SUCCEEDED, run.state(), () -> run.error().toString());
        assertEquals(List.of(new ListedEntry("DDD010101AB1", "Distribuidora; Delta", "Sancionado",
                LocalDate.of(2023, 11, 30))), lists.replaced.getFirst().entries());
        assertEquals("Test source lista", lists.replaced.getFirst().list(), "the source's name by default");
    }

    @Test
    void aListWithoutRowsOrThatCannotBeFetchedReplacesNothing() throws IOException {
        serve("/vacia.csv", "RFC,Nombre\n", StandardCharsets.UTF_8);
        HarvestRun empty = harvest(Map.of("url", List.of(publisher.url("/vacia.csv").toString()),
                "date", List.of("2024-01-01")));
        assertEquals(RunState.FAILED, empty.state());
        assertTrue(empty.error().orElseThrow().reason().contains("se conserva la anterior"), empty.toString());

        publisher.respond("/caida.csv", 404, "text/plain", "no");
        HarvestRun missing = harvest(Map.of("url", List.of(publisher.url("/caida.csv").toString())));
        assertEquals(RunState.FAILED, missing.state());

        serve("/otra.csv", "Nombre,Fecha\nAlguien,01/01/2020\n", StandardCharsets.UTF_8);
        HarvestRun noRfc = harvest(Map.of("url", List.of(publisher.url("/otra.csv").toString())));
        assertEquals(RunState.FAILED, noRfc.state());
        assertTrue(noRfc.error().orElseThrow().reason().contains("RFC"), noRfc.toString());
        assertEquals(List.of(), lists.replaced, "the stored list stays as it was");
    }

    private void serve(String path, String csv, Charset charset) {
        publisher.respond(path, new MockResponse.Builder().code(200).setHeader("Content-Type", "text/csv")
                .body(new Buffer().write(csv.getBytes(charset))).build());
    }

    private HarvestRun harvest(Map<String, List<String>> parameters) throws IOException {
        Harvester harvester = Harvester.builder().validator(Validators.DATE_REQUIRED)
                .fetchers(HttpFetcher.factory(workDir)).adapters(ProtocolAdapters.standard(new ObjectMapper()))
                .sink(new RecordingSink()).store(lists).mapper(new ObjectMapper()).build();
        return harvester.harvest(TestSources.source("lista", RfcListAdapter.PROTOCOL, parameters), RunTrigger.MANUAL,
                ProgressListener.NONE);
    }

    /** Stores nothing but the lists it is given. */
    private static final class Lists implements HarvestStore {

        final List<ListReplacement> replaced = new ArrayList<>();

        @Override
        public ListComparison replaceList(ListReplacement replacement) {
            replaced.add(replacement);
            return new ListComparison(replacement.entries().size(), 0, 0, 0);
        }

        @Override
        public Map<String, StoredRelease> storedReleases(Collection<String> uids) {
            return Map.of();
        }

        @Override
        public Optional<DocumentState> documentState(String sourceId, String url) {
            return Optional.empty();
        }

        @Override
        public void saveDocumentState(String sourceId, String url, DocumentState state) {
        }

        @Override
        public Withdrawal withdraw(WithdrawalRequest request) {
            return Withdrawal.NONE;
        }
    }
}
