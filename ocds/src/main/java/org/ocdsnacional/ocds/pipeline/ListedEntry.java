package org.ocdsnacional.ocds.pipeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a reference list of organizations by RFC (SAT's list of article 69-B of the Código Fiscal, the
 * sanctioned suppliers of the Secretaría Anticorrupción y Buen Gobierno), as a list harvest reads it.
 *
 * @param rfc    the organization's RFC, normalised (upper case, no separators)
 * @param name   its name as the list gives it (empty when the list has none)
 * @param status the status the list gives it ("Presunto", "Definitivo", "Desvirtuado", "Sancionado"…)
 * @param date   the date the list gives for that status
 */
public record ListedEntry(String rfc, String name, String status, LocalDate date) {

    public ListedEntry {
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
    }
}
