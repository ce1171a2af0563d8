package org.ocdsnacional.web.chart;

import org.junit.jupiter.api.Test;
import org.ocdsnacional.indexer.query.Vocabulary;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The map draws the states of the shared Vocabulary: one list of states for the API, the search and the map. */
class MexicoMapTest {

    @Test
    void theMapDrawsEveryStateOfTheVocabularyOnce() {
        Set<String> drawn = MexicoMap.outlines().stream().map(MexicoMap.Outline::code).collect(Collectors.toSet());
        Set<String> states = Vocabulary.STATES.terms().stream().map(Vocabulary.Term::code)
                .filter(code -> !code.equals("federal")).collect(Collectors.toSet());

        assertEquals(32, MexicoMap.outlines().size());
        assertEquals(states, drawn);
    }
}
