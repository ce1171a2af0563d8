package org.ocdsnacional.ocds.mx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Registro Federal de Contribuyentes: 3 letters (companies) or 4 (people), the date of incorporation or
 * birth as YYMMDD, and a 3-character homoclave. Publishers write it with a scheme prefix ({@code MX-RFC-},
 * {@code RFC-}, {@code RFC:}, {@code R.F.C.}), hyphens, dashes, spaces (non-breaking ones too), dots or lower case;
 * {@link #normalise} undoes all of that.
 */
public final class Rfc {

    private static final Pattern SHAPE = Pattern.compile("^[A-ZÑ&]{3,4}\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])"
            + "[A-Z0-9]{2}[A-Z0-9]$");
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{Z}\\p{Pd}_.:/]");
    /** Scheme prefixes as they read once the noise is gone: {@code MX-RFC-}, {@code RFC-}, {@code R.F.C.}. */
    private static final List<String> SCHEME_PREFIXES = List.of("MXRFC", "RFC");

    private Rfc() {
    }

    /** The RFC in canonical form (upper case, no separators, no scheme prefix), if {@code text} is one. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String compact = plain(upper) ? upper : NOISE.matcher(upper).replaceAll("");
        if (SHAPE.matcher(compact).matches()) {
            return Optional.of(compact);
        }
        return SCHEME_PREFIXES.stream()
                .filter(compact::startsWith)
                .map(prefix -> compact.substring(prefix.length()))
                .filter(rest -> SHAPE.matcher(rest).matches())
                .findFirst();
    }

    /** Whether {@code text} has only letters and digits of ASCII, Ñ and &amp;, none of which is noise. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == 'Ñ' || c == '&')) {
                return false;
            }
        }
        return true;
    }
}
