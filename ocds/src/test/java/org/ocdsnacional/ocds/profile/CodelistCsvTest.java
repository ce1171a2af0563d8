package org.ocdsnacional.ocds.profile;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodelistCsvTest {

    @Test
    void readsTheCodeColumnWhereverItIs() {
        assertEquals(Optional.of(Set.of("open", "direct")),
                CodelistCsv.codes("Title,Code,Description\r\nOpen,open,Anyone\r\nDirect,direct,One supplier\r\n"));
    }

    @Test
    void readsTheSpanishCodigoColumnOfMexicanExtensions() {
        assertEquals(Optional.of(Set.of("adquisicion", "obraPublica")),
                CodelistCsv.codes("Código,Título\nadquisicion,Adquisición\nobraPublica,Obra pública\n"));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        assertEquals(Optional.of(Set.of("a,b", "say \"hi\"", "multi\nline")),
                CodelistCsv.codes("Code,Title\n\"a,b\",x\n\"say \"\"hi\"\"\",y\n\"multi\nline\",z"));
    }

    @Test
    void aFileWithoutACodeColumnHasNoCodes() {
        assertEquals(Optional.empty(), CodelistCsv.codes("Name,Title\nx,y\n"));
        assertEquals(Optional.empty(), CodelistCsv.codes(""));
    }
}
