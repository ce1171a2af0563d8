package org.ocdsnacional.web.search;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.web.http.BadRequestException;
import org.ocdsnacional.web.http.Language;
import org.ocdsnacional.web.i18n.Texts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The address of a search, read into the query layer's filter, and every wrong value reported at once. */
class SearchReaderTest {

    private static final Texts SPANISH = Texts.of(Language.ES);

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
    void everyWrongValueIsReportedAtOnceSayingWhichAndWhy() {
        BadRequestException bad = assertThrows(BadRequestException.class, () -> read(Map.of(
                "desde", List.of("ayer"), "metodo", List.of("trueque"), "monto_min", List.of("-5"),
                "licitantes_min", List.of("3"), "licitantes_max", List.of("1"), "orden", List.of("relevancia"))));

        List<String> problems = List.of(bad.getMessage().split("\n"));
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.contains("«desde»: «ayer» no es una fecha (aaaa-mm-dd, p. ej. 2024-01-31)"));
        assertTrue(problems.getFirst().contains("«metodo»: «trueque» no es un valor válido"), problems.toString());
        assertTrue(problems.contains("«licitantes_min» no puede ser mayor que «licitantes_max»"));
        assertTrue(problems.contains("«orden»: ordenar por relevancia requiere un texto de búsqueda"));
    }

    @Test
    void blankValuesAndUnknownParametersAreIgnored() {
        Search search = read(Map.of("q", List.of("  "), "estado", List.of(""), "utm_source", List.of("x")));

        assertEquals(Optional.empty(), search.text());
        assertEquals(List.of(), search.filter().states());
    }

    private static Search read(Map<String, List<String>> values) {
        return SearchReader.read(SearchParams.of(values), SPANISH);
    }
}
