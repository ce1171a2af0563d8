package org.ocdsnacional.web.search;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.indexer.query.InvalidQueryException;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.indexer.query.Vocabulary;
import org.ocdsnacional.ocds.pipeline.SourceDescriptor;
import org.ocdsnacional.web.http.BadRequestException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The address of a search, read into the query layer's filter, and every wrong value reported at once. */
class SearchReaderTest {

    private static final List<SourceDescriptor> REGISTERED = List.of(
            new SourceDescriptor("jalisco", "Jalisco", "MX-JAL", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"),
            new SourceDescriptor("yucatan", "Yucatán", "MX-YUC", "state", "state-platform", "active", "ocds-url",
                    "0 0 3 * * ?"));

    @Test
    void everyParameterBecomesItsFilter() {
        Search search = read(Map.of("q", List.of("medicamentos"), "estado", List.of("MX-JAL", "MX-YUC"),
                "metodo", List.of("direct"), "fecha", List.of("adjudicacion"), "desde", List.of("2024-01-01"),
                "hasta", List.of("2024-12-31"), "moneda", List.of("MXN"), "monto_min", List.of("1,000"),
                "directa", List.of("si"), "orden", List.of("monto_mayor")));

        assertEquals(Optional.of("medicamentos"), search.text());
        assertEquals(List.of("MX-JAL", "MX-YUC"), search.filter().states());
        assertEquals(List.of("direct"), search.filter().methods());
        assertEquals(DateField.AWARD, search.filter().dates().getFirst().field());
        assertEquals(Optional.of("2024-12-31"), search.filter().dates().getFirst().to());
        assertEquals(Optional.of(new BigDecimal("1000")), search.filter().amount().orElseThrow().min());
        assertEquals(Optional.of(true), search.filter().directAward());
        assertEquals(Optional.of(new ProcessOrder(ProcessOrder.Field.AMOUNT, false, "MXN")), search.order());
    }

    @Test
    void aSupplierRfcInAnySpellingSearchesByIdAndANameByWords() {
        Search byRfc = read(Map.of("proveedor", List.of("faz-010101-ab1")));
        Search byName = read(Map.of("proveedor", List.of("Constructora Azteca")));

        assertEquals(Optional.of("MX-RFC-FAZ010101AB1"), byRfc.filter().supplierId());
        assertEquals(Optional.empty(), byRfc.filter().supplierName());
        assertEquals(Optional.of("Constructora Azteca"), byName.filter().supplierName());
    }

    @Test
    void everyWrongValueIsReportedAtOnceSayingWhichAndWhyInBothLanguages() {
        List<String> problems = problems(Map.of(
                "desde", List.of("ayer"), "metodo", List.of("trueque"), "monto_min", List.of("-5"),
                "licitantes_min", List.of("3"), "licitantes_max", List.of("1"), "orden", List.of("relevancia")));

        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.contains("«desde»: «ayer» no es una fecha ISO 8601 (2024-01-31 o 2024-01-31T12:00:00Z) / "
                + "«ayer» is not an ISO 8601 date (2024-01-31 or 2024-01-31T12:00:00Z)."), problems.toString());
        assertTrue(problems.contains("«licitantes_min» no puede ser mayor que «licitantes_max» / «licitantes_min» "
                + "cannot be larger than «licitantes_max»."), problems.toString());
        assertTrue(problems.contains("«monto_min»: «-5» es negativo; use un monto de 0 en adelante / «monto_min»: «-5» "
                + "is negative; use an amount of 0 or more."), problems.toString());
        assertTrue(problems.contains("«orden»: ordenar por relevancia requiere un texto de búsqueda («q») / «orden»: "
                + "ordering by relevance needs a search text («q»)."), problems.toString());
    }

    @Test
    void aValueOutsideAClosedSetGetsTheApisErrorUnderThePortalsName() {
        InvalidQueryException api = assertThrows(InvalidQueryException.class, () -> ProcessFilter.builder()
                .methods(List.of("trueque")).build());
        List<String> problems = problems(Map.of("metodo", List.of("trueque"), "estado", List.of("JAL"),
                "estatus_contrato", List.of("vigente")));

        String states = String.join(", ", Vocabulary.STATES.terms().stream().map(Vocabulary.Term::code).toList());

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.contains(api.getMessage().replace("«procurementMethods»", "«metodo»")),
                problems.toString());
        assertTrue(problems.contains("«estado»: «JAL» no es un valor permitido; use uno de " + states
                + " / «JAL» is not an allowed value; use one of " + states + "."), problems.toString());
        assertTrue(problems.contains("«estatus_contrato»: «vigente» no es un valor permitido; use uno de pending, "
                + "active, cancelled, terminated / «vigente» is not an allowed value; use one of pending, active, "
                + "cancelled, terminated."), problems.toString());
    }

    @Test
    void sourcesCurrenciesAmountsAndTextAreCheckedAsTheApiChecksThem() {
        List<String> problems = problems(Map.of("fuente", List.of("nadie"), "moneda", List.of("mxn"),
                "monto_max", List.of("1e30"), "q", List.of("palabra ".repeat(101)),
                "comprador", List.of("x".repeat(1_001))));

        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.contains("«fuente»: «nadie» no es una fuente registrada; use una de jalisco, yucatan / "
                + "«nadie» is not a registered source; use one of jalisco, yucatan."), problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("«moneda»: «mxn» no es una moneda")
                && problem.contains("¿quiso decir MXN?")), problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("«monto_max»: El importe «1E+30» está "
                + "fuera del rango aceptado")), problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("«q» tiene más de 100 palabras")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("«comprador» tiene 1001 caracteres")),
                problems.toString());
    }

    @Test
    void aLongValueIsShownCutAsTheApiShowsIt() {
        List<String> problems = problems(Map.of("orden", List.of("x".repeat(300))));

        assertTrue(problems.getFirst().startsWith("«orden»: «" + "x".repeat(40) + "…» no es un valor permitido"),
                problems.toString());
    }

    @Test
    void blankValuesAndUnknownParametersAreIgnored() {
        Search search = read(Map.of("q", List.of("  "), "estado", List.of(""), "utm_source", List.of("x")));

        assertEquals(Optional.empty(), search.text());
        assertEquals(List.of(), search.filter().states());
    }

    private static Search read(Map<String, List<String>> values) {
        return SearchReader.read(SearchParams.of(values), REGISTERED);
    }

    private static List<String> problems(Map<String, List<String>> values) {
        return List.of(assertThrows(BadRequestException.class, () -> read(values)).getMessage().split("\n"));
    }
}
