package org.ocdsnacional.web.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The links that change a search keep the rest of it and start again from its first page. */
class SearchParamsTest {

    private final SearchParams params = SearchParams.of(Map.of("q", List.of("obra pública"),
            "estado", List.of("MX-JAL", "MX-CMX"), "despues", List.of("abc")));

    @Test
    void addressesAreEncodedInTheOrderOfTheNames() {
        assertEquals("/buscar?q=obra+p%C3%BAblica&estado=MX-JAL&estado=MX-CMX&despues=abc", params.url());
    }

    @Test
    void changingTheSearchDropsItsCursor() {
        assertEquals("/buscar?q=obra+p%C3%BAblica&estado=MX-YUC", params.with("estado", "MX-YUC").url());
        assertEquals("/buscar?q=obra+p%C3%BAblica&estado=MX-CMX", params.without("estado", "MX-JAL").url());
        assertEquals("/buscar?estado=MX-JAL&estado=MX-CMX", params.without("q").url());
        assertEquals("/buscar?q=obra+p%C3%BAblica&estado=MX-JAL&estado=MX-CMX&antes=xyz",
                params.page("antes", "xyz").url());
    }

    @Test
    void narrowedIgnoresOrderingAndPaging() {
        assertTrue(params.narrowed());
        assertFalse(SearchParams.of(Map.of("orden", List.of("reciente"), "despues", List.of("c"))).narrowed());
    }
}
