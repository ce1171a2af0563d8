package org.ocdsnacional.ocds.validate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbsoluteUriFormatTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://compranet.hacienda.gob.mx/esop/toolkit/opportunity/past/1.pdf",
            "http://example.org/a%20b?x=1#top", "urn:isbn:0451450523", "mailto:datos@example.org",
            "placeholder:", "http://[2001:db8::1]:8080/a"})
    void acceptsAbsoluteAsciiUris(String value) {
        assertTrue(AbsoluteUriFormat.isAbsoluteUri(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.example.org/doc.pdf", "/relative/path", "https://example.org/a b.pdf",
            "https://example.org/licitación.pdf", "", "no uri",
            "https://example.org/50%", "1http://example.org"})
    void rejectsRelativeOrNonAsciiUris(String value) {
        assertFalse(AbsoluteUriFormat.isAbsoluteUri(value), value);
    }
}
