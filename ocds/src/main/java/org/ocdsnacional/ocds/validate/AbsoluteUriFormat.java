package org.ocdsnacional.ocds.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

import java.util.regex.Pattern;

/**
 * The {@code uri} format as lib-cove-ocds checks it (Python's {@code rfc3987}, rule "URI"): an absolute URI by
 * the grammar of RFC 3986, with a scheme, in ASCII only (spaces and accented letters must be percent-encoded).
 * {@code placeholder:} is a URI (scheme and empty path); {@code www.example.org/doc.pdf} is not (no scheme).
 */
final class AbsoluteUriFormat implements Format {

    private static final String PCT = "%[0-9A-Fa-f]{2}";
    private static final String PCHAR = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|" + PCT + ")";
    private static final String PATH_ABEMPTY = "(?:/" + PCHAR + "*)*";
    private static final String AUTHORITY = "(?:(?:[A-Za-z0-9\\-._~!$&'()*+,;=:]|" + PCT + ")*@)?"
            + "(?:\\[[0-9A-Za-z:.\\-_~!$&'()*+,;=]+\\]|(?:[A-Za-z0-9\\-._~!$&'()*+,;=]|" + PCT + ")*)(?::[0-9]*)?";
    private static final String HIER_PART = "(?://" + AUTHORITY + PATH_ABEMPTY + "|/(?:" + PCHAR + "+" + PATH_ABEMPTY
            + ")?|" + PCHAR + "+" + PATH_ABEMPTY + ")?";
    private static final String TAIL = "(?:" + PCHAR + "|[/?])*";
    private static final Pattern URI = Pattern.compile("[A-Za-z][A-Za-z0-9+\\-.]*:" + HIER_PART + "(?:\\?" + TAIL
            + ")?(?:#" + TAIL + ")?");

    @Override
    public String getName() {
        return "uri";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return isAbsoluteUri(value);
    }

    static boolean isAbsoluteUri(String value) {
        return URI.matcher(value).matches();
    }
}
