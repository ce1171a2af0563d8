package org.ocdsnacional.analytics.conformance;

import java.util.List;

/** The conformance rows as a plain-text table (suite, case, agree?, expected | ours), and the totals. */
public final class ConformanceTable {

    private static final int CASE_WIDTH = 58;
    private static final int OUTPUT_WIDTH = 70;

    private ConformanceTable() {
    }

    public static String format(List<ConformanceRow> rows) {
        return rows(rows) + totals(rows);
    }

    /** The header and one line per row. */
    public static String rows(List<ConformanceRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-20s %-" + CASE_WIDTH + "s %-7s %s%n", "suite", "case", "agree?",
                "expected | ours"));
        for (ConformanceRow row : rows) {
            out.append(String.format("%-20s %-" + CASE_WIDTH + "s %-7s %s | %s%n", row.suite(),
                    cut(row.name(), CASE_WIDTH), row.agree() ? "yes" : "NO", cut(row.expected(), OUTPUT_WIDTH),
                    cut(row.ours(), OUTPUT_WIDTH)));
        }
        return out.toString();
    }

    /** "62 cases: 62 agree, 0 disagree". */
    public static String totals(List<ConformanceRow> rows) {
        long agree = rows.stream().filter(ConformanceRow::agree).count();
        return rows.size() + " cases: " + agree + " agree, " + (rows.size() - agree) + " disagree"
                + System.lineSeparator();
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
