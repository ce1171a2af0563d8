package org.ocdsnacional.harvester.protocol;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An inclusive range of days.
 *
 * @param from first day
 * @param to   last day
 */
record DateWindow(LocalDate from, LocalDate to) {

    boolean isSingleDay() {
        return from.equals(to);
    }

    /** The two halves of this window, the first one longer by a day when the count is odd. */
    List<DateWindow> halves() {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate middle = from.plusDays((days + 1) / 2 - 1);
        return List.of(new DateWindow(from, middle), new DateWindow(middle.plusDays(1), to));
    }
}
