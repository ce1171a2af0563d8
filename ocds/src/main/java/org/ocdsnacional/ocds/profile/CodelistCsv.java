package org.ocdsnacional.ocds.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the codes of a codelist CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks), from
 * its {@code Code} column, or {@code Código} in Spanish extensions, or {@code code} in OCDS 1.0.
 */
final class CodelistCsv {

    private static final List<String> CODE_COLUMNS = List.of("Code", "Código", "code");

    private CodelistCsv() {
    }

    /** The codes, or empty when no row names a code column. */
    static Optional<Set<String>> codes(String text) {
        List<List<String>> rows = rows(text);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int column = codeColumn(rows.getFirst());
        if (column < 0) {
            return Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (column < row.size() && !row.get(column).isEmpty()) {
                codes.add(row.get(column));
            }
        }
        return Optional.of(codes);
    }

    private static int codeColumn(List<String> header) {
        for (String name : CODE_COLUMNS) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }

    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        endRow(rows, row, field);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
        row.add(field.toString());
        field.setLength(0);
        if (row.size() > 1 || !row.getFirst().isEmpty()) {
            rows.add(row);
        }
    }
}
