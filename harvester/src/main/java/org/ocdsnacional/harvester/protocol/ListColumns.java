package org.ocdsnacional.harvester.protocol;

import org.apache.commons.csv.CSVRecord;
import org.ocdsnacional.harvester.registry.ProtocolParameters;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a reference list keeps each value, from the registry's parameters: {@code rfcColumn} (default {@code RFC}),
 * {@code nameColumn}, {@code statusColumn} (or a fixed {@code status}), {@code dateColumn} (or a fixed {@code date}),
 * each the column's header (case, accents and surrounding spaces ignored) or its position from 1. Dates are read in
 * {@code dateFormat} when given, else as {@code dd/MM/yyyy} or {@code yyyy-MM-dd}, anywhere in the cell ("Oficio
 * 500-05-2017 de fecha 26/05/2017" is 2017-05-26).
 */
record ListColumns(int rfc, OptionalInt name, OptionalInt status, OptionalInt date, String fixedStatus,
                   Optional<LocalDate> fixedDate, Optional<DateTimeFormatter> format) {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final String LISTED = "Listado";

    /** The column of the RFC, as the registry names it. */
    static String rfcColumn(ProtocolParameters parameters) {
        return parameters.optionalString("rfcColumn").orElse("RFC");
    }

    /** The columns, if {@code header} is the header row: the row that has the RFC column. */
    static Optional<ListColumns> fromHeader(ProtocolParameters parameters, CSVRecord header) {
        List<String> cells = header.toList().stream().map(ListColumns::plain).toList();
        OptionalInt rfc = position(rfcColumn(parameters), cells);
        if (rfc.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ListColumns(rfc.getAsInt(), column(parameters, "nameColumn", cells),
                column(parameters, "statusColumn", cells), column(parameters, "dateColumn", cells),
                parameters.optionalString("status").orElse(LISTED),
                parameters.optionalString("date").map(LocalDate::parse),
                parameters.optionalString("dateFormat").map(DateTimeFormatter::ofPattern)));
    }

    String rfc(CSVRecord row) {
        return cell(row, rfc);
    }

    String name(CSVRecord row) {
        return name.isPresent() ? cell(row, name.getAsInt()) : "";
    }

    String status(CSVRecord row) {
        String text = status.isPresent() ? cell(row, status.getAsInt()) : "";
        return text.isBlank() ? fixedStatus : text;
    }

    Optional<LocalDate> date(CSVRecord row) {
        if (date.isEmpty()) {
            return fixedDate;
        }
        String text = cell(row, date.getAsInt());
        if (format.isPresent()) {
            try {
                return Optional.of(LocalDate.parse(text, format.get()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return found(DAY_FIRST.matcher(text), 3, 2, 1).or(() -> found(ISO.matcher(text), 1, 2, 3));
    }

    private static Optional<LocalDate> found(Matcher matcher, int year, int month, int day) {
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(year)),
                    Integer.parseInt(matcher.group(month)), Integer.parseInt(matcher.group(day))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt column(ProtocolParameters parameters, String parameter, List<String> cells) {
        return parameters.optionalString(parameter).map(named -> position(named, cells)).orElse(OptionalInt.empty());
    }

    /** A header's position (from 0): by its name, or by its number from 1. */
    private static OptionalInt position(String named, List<String> cells) {
        if (named.strip().matches("\\d+")) {
            return OptionalInt.of(Integer.parseInt(named.strip()) - 1);
        }
        int index = cells.indexOf(plain(named));
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
    }

    private static String cell(CSVRecord row, int index) {
        return index < row.size() ? row.get(index).strip() : "";
    }

    private static String plain(String text) {
        return MARKS.matcher(Normalizer.normalize(text.replace("\uFEFF", ""), Normalizer.Form.NFD)).replaceAll("")
                .strip().toLowerCase(Locale.ROOT);
    }
}
