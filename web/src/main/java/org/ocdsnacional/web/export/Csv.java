package org.ocdsnacional.web.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV rows as RFC 4180 has them (quoted when needed, CRLF line ends). A text that a spreadsheet would take
 * for a formula ({@code =}, {@code +}, {@code -}, {@code @} first, followed by something that is not a number) is
 * written after an apostrophe, so opening a download never runs anything.
 */
final class Csv {

    private Csv() {
    }

    static void row(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(values.get(i)));
        }
        out.write("\r\n");
    }

    static String field(String value) {
        String safe = formulaLike(value) ? "'" + value : value;
        if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    private static boolean formulaLike(String value) {
        if (value.isEmpty() || "=+-@".indexOf(value.charAt(0)) < 0) {
            return false;
        }
        return !value.substring(1).matches("[0-9.,]+");
    }
}
