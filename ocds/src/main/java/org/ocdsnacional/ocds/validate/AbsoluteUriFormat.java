package org.ocdsnacional.ocds.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The {@code uri} format as lib-cove-ocds checks it (Python's {@code rfc3987}, rule "URI"): an absolute URI,
 * with a scheme, in ASCII only (spaces and accented letters must be percent-encoded).
 */
final class AbsoluteUriFormat implements Format {

    @Override
    public String getName() {
        return "uri";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
        return isAbsoluteUri(value);
    }

    static boolean isAbsoluteUri(String value) {
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return false;
        }
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
