package org.ocdsnacional.ocds.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

/**
 * The {@code uri} format as lib-cove-ocds checks it (Python's {@code rfc3987}, rule "URI"): an absolute URI by
 * the grammar of RFC 3986 ({@code scheme ":" hier-part ["?" query] ["#" fragment]}), in ASCII only (spaces and
 * accented letters must be percent-encoded). {@code placeholder:} is a URI (scheme and empty path);
 * {@code www.example.org/doc.pdf} is not (no scheme). Read by hand: validation reads millions.
 */
final class AbsoluteUriFormat implements Format {

    private static final String UNRESERVED_AND_SUB_DELIMS = "-._~!$&'()*+,;=";

    @Override
    public String getName() {
        return "uri";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return isAbsoluteUri(value);
    }

    static boolean isAbsoluteUri(String value) {
        int colon = schemeEnd(value);
        if (colon < 0) {
            return false;
        }
        int hash = value.indexOf('#', colon);
        int end = hash < 0 ? value.length() : hash;
        int question = value.indexOf('?', colon);
        int hierEnd = question >= 0 && question < end ? question : end;
        return hierPart(value, colon + 1, hierEnd) && chars(value, hierEnd, end, "/?")
                && (hash < 0 || chars(value, hash + 1, value.length(), "/?"));
    }

    /** The index of the colon after a scheme ({@code ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")}), or -1. */
    private static int schemeEnd(String value) {
        if (value.isEmpty() || !isAlpha(value.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hierPart(String value, int from, int to) {
        if (!value.startsWith("//", from) || from + 2 > to) {
            return chars(value, from, to, "/");
        }
        int slash = value.indexOf('/', from + 2);
        int authorityEnd = slash < 0 || slash > to ? to : slash;
        return authority(value, from + 2, authorityEnd) && chars(value, authorityEnd, to, "/");
    }

    /** {@code [userinfo "@"] host [":" port]}, host a reg-name or a bracketed IP literal. */
    private static boolean authority(String value, int from, int to) {
        int at = value.lastIndexOf('@', to - 1);
        int hostStart = at >= from ? at + 1 : from;
        if (at >= from && !chars(value, from, at, ":")) {
            return false;
        }
        if (hostStart < to && value.charAt(hostStart) == '[') {
            int close = value.indexOf(']', hostStart);
            return close > hostStart && close < to && chars(value, hostStart + 1, close, ":")
                    && port(value, close + 1, to);
        }
        int portColon = value.indexOf(':', hostStart);
        int hostEnd = portColon < 0 || portColon >= to ? to : portColon;
        return chars(value, hostStart, hostEnd, "") && port(value, hostEnd, to);
    }

    private static boolean port(String value, int from, int to) {
        if (from == to) {
            return true;
        }
        if (value.charAt(from) != ':') {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (!isDigit(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code value[from, to)} has only unreserved characters, sub-delimiters, complete percent-encodings,
     * ":" and "@" where {@code extra} allows them or the caller does (pchar), and the characters of {@code extra}.
     */
    private static boolean chars(String value, int from, int to, String extra) {
        boolean pchar = !extra.isEmpty();
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= to || !isHex(value.charAt(i + 1)) || !isHex(value.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (!(isAlpha(c) || isDigit(c) || UNRESERVED_AND_SUB_DELIMS.indexOf(c) >= 0
                    || extra.indexOf(c) >= 0 || (pchar && (c == ':' || c == '@')))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
