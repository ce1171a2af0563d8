package org.ocdsnacional.web.search;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.indexer.query.ProcessPage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkedTest {

    private static final char START = ProcessPage.Hit.MATCH_START;
    private static final char END = ProcessPage.Hit.MATCH_END;

    @Test
    void aHighlightedPassageSplitsIntoPiecesKeepingHtmlAsText() {
        Marked marked = Marked.of("Compra de <script>x</script> " + START + "Médicos" + END + " y " + START + "más"
                + END);

        assertEquals(List.of(new Marked.Piece("Compra de <script>x</script> ", false),
                new Marked.Piece("Médicos", true), new Marked.Piece(" y ", false), new Marked.Piece("más", true)),
                marked.pieces());
        assertEquals("Compra de <script>x</script> Médicos y más", marked.text());
    }
}
