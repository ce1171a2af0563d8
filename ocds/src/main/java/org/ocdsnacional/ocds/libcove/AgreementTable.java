package org.ocdsnacional.ocds.libcove;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The agreement rows as a plain-text table, with the totals per verdict. */
public final class AgreementTable {

    private static final int WIDTH = 60;

    private AgreementTable() {
    }

    public static String format(List<AgreementRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-26s %-44s %-8s %s%n", "section", "case", "agree?", "expected | ours"));
        for (AgreementRow row : rows) {
            out.append(String.format("%-26s %-44s %-8s %s | %s%s%n", row.section(), cut(row.name(), 44),
                    label(row.verdict()), cut(row.expected(), WIDTH), cut(row.ours(), WIDTH),
                    row.note().isEmpty() ? "" : "  (" + row.note() + ")"));
        }
        out.append(totals(rows));
        return out.toString();
    }

    /** "95 cases: 90 agree, 2 differ by design, …". */
    public static String totals(List<AgreementRow> rows) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        rows.forEach(row -> counts.merge(row.verdict(), 1, Integer::sum));
        StringBuilder out = new StringBuilder(rows.size() + " cases:");
        for (Verdict verdict : Verdict.values()) {
            out.append(' ').append(counts.getOrDefault(verdict, 0)).append(' ').append(label(verdict)).append(',');
        }
        out.setLength(out.length() - 1);
        return out.append(System.lineSeparator()).toString();
    }

    private static String label(Verdict verdict) {
        return switch (verdict) {
            case AGREE -> "yes";
            case DIFFERS_BY_DESIGN -> "design";
            case NEEDS_NETWORK -> "network";
            case FIXTURE_MISSING -> "missing";
            case DISAGREE -> "NO";
        };
    }

    private static String cut(String text, int width) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
