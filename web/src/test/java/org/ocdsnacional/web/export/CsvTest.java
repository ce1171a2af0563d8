package org.ocdsnacional.web.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 4180 fields, and no text a spreadsheet would run as a formula. */
class CsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyNeedIt() throws IOException {
        StringWriter out = new StringWriter();
        Csv.row(out, List.of("simple", "con, coma", "con \"comillas\"", "dos\nlíneas", "Ñandú"));

        assertEquals("simple,\"con, coma\",\"con \"\"comillas\"\"\",\"dos\nlíneas\",Ñandú\r\n", out.toString());
    }

    @Test
    void formulasAreWrittenAsTextButNegativeNumbersStayNumbers() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"));
        assertEquals("'@SUM(A1)", Csv.field("@SUM(A1)"));
        assertEquals("-1500.50", Csv.field("-1500.50"));
        assertEquals("'+52 33 1234", Csv.field("+52 33 1234"));
    }
}
