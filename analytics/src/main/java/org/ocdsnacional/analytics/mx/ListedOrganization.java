package org.ocdsnacional.analytics.mx;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An organization on a reference list (such as SAT's list of article 69-B of the Código Fiscal, or the sanctioned
 * suppliers of the Secretaría Anticorrupción y Buen Gobierno), as the list gives it.
 *
 * @param list   the list's name
 * @param rfc    the organization's RFC
 * @param status the status the list gives ("Presunto", "Definitivo", "Desvirtuado", "Sancionado"...)
 * @param date   the date the list gives for that status
 */
public record ListedOrganization(String list, String rfc, String status, LocalDate date) {

    public ListedOrganization {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
    }
}
