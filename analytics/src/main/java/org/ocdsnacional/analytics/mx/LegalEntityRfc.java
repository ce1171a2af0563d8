package org.ocdsnacional.analytics.mx;

import org.ocdsnacional.ocds.mx.Rfc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a legal entity's RFC says about it. An RFC of 12 characters (3 letters, a date, a homoclave) is a legal
 * entity's; 13 characters (4 letters) is a person's. Its six digits are the date of incorporation as YYMMDD; the
 * century is the latest that does not put the year after the year of the date it is compared with
 * ({@code 24} compared with 2024 is 2024, {@code 25} is 1925, {@code 95} is 1995): a company cannot have been
 * incorporated in a later year, and a date after the award within the same year stays after it, to be seen.
 */
public final class LegalEntityRfc {

    private static final int LEGAL_ENTITY_LENGTH = 12;
    private static final int DATE_START = 3;

    private LegalEntityRfc() {
    }

    /** Whether {@code text} is an RFC (in any spelling) of a legal entity. */
    public static boolean isLegalEntity(String text) {
        return Rfc.normalise(text).filter(rfc -> rfc.length() == LEGAL_ENTITY_LENGTH).isPresent();
    }

    /** The date of incorporation a legal entity's RFC carries, its century taken from {@code reference}. */
    public static Optional<LocalDate> incorporation(String text, LocalDate reference) {
        Optional<String> rfc = Rfc.normalise(text).filter(r -> r.length() == LEGAL_ENTITY_LENGTH);
        if (rfc.isEmpty()) {
            return Optional.empty();
        }
        String digits = rfc.get().substring(DATE_START, DATE_START + 6);
        int twoDigitYear = Integer.parseInt(digits.substring(0, 2));
        int year = reference.getYear() - Math.floorMod(reference.getYear() - twoDigitYear, 100);
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
