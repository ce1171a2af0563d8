package org.ocdsnacional.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.ocdsnacional.indexer.query.Vocabulary;
import org.ocdsnacional.web.http.Language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndEnglishOnlyRewordsSomeStates() throws IOException {
        Set<String> spanish = keys("/portal/messages.properties");
        Set<String> english = keys("/portal/messages_en.properties");

        Set<String> onlySpanish = new TreeSet<>(spanish);
        onlySpanish.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(spanish);
        assertEquals(Set.of(), onlySpanish, "keys missing in English");
        assertEquals(Set.of("state.MX-CMX", "state.MX-MEX", "state.federal"), onlyEnglish,
                "English has only the states it words otherwise than the shared Vocabulary");
        assertTrue(spanish.stream().noneMatch(key -> key.startsWith("state.")), "Spanish state names are the "
                + "Vocabulary's: one list of states");
        assertTrue(spanish.size() > 10);
    }

    @Test
    void everyCodeOfTheSharedClosedSetsHasALabelInBothLanguages() {
        Map<String, Vocabulary.ClosedSet> labelled = Map.of("level", Vocabulary.LEVELS,
                "method", Vocabulary.PROCUREMENT_METHODS, "category", Vocabulary.PROCUREMENT_CATEGORIES,
                "tender-status", Vocabulary.TENDER_STATUSES, "award-status", Vocabulary.AWARD_STATUSES,
                "contract-status", Vocabulary.CONTRACT_STATUSES);
        List<String> missing = new ArrayList<>();
        labelled.forEach((prefix, set) -> set.terms().forEach(term -> {
            for (Language language : Language.values()) {
                if (!Texts.of(language).has(prefix + "." + term.code())) {
                    missing.add(language + " " + prefix + "." + term.code());
                }
            }
        }));
        assertEquals(List.of(), missing);
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
