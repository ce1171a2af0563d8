package org.ocdsnacional.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.ocdsnacional.web.http.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> spanish = keys("/portal/messages.properties");
        Set<String> english = keys("/portal/messages_en.properties");

        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        assertEquals(Set.of(), onlySpanish, "keys missing in English");
        assertEquals(Set.of(), onlyEnglish, "keys missing in Spanish");
        assertTrue(spanish.size() > 10);
    }

    @Test
    void textsAreReadAsUtf8AndPlaceholdersReplacedAsGiven() {
        assertEquals("Contrataciones públicas de todo México", Texts.of(Language.ES).get("home.title"));
        assertEquals("There is nothing at «/x's»", Texts.of(Language.EN).get("error.404.path", "/x's"));
        assertEquals("no.such.key", Texts.of(Language.ES).get("no.such.key"));
        assertEquals("direct-ish", Texts.of(Language.ES).orElse("method.direct-ish", "direct-ish"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
