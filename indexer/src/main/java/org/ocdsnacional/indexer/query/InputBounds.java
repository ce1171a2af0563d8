package org.ocdsnacional.indexer.query;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.ocdsnacional.indexer.query.InvalidQueryException.shown;

/**
 * How much a query may carry, checked before it reaches OpenSearch, so that whatever a caller passes becomes a
 * search OpenSearch runs: free text of at most {@value #MAX_WORDS} words (each word becomes a clause per searched
 * field, and OpenSearch refuses a query of more than 1,024 clauses) and {@value #MAX_CHARACTERS} characters, and lists
 * of at most {@value #MAX_VALUES} values.
 */
public final class InputBounds {

    public static final int MAX_WORDS = 100;
    public static final int MAX_CHARACTERS = 1_000;
    public static final int MAX_VALUES = 100;
    /** OpenSearch refuses a document id over 512 bytes; a process key is its source, a slash and its ocid. */
    public static final int MAX_OCID_BYTES = 400;
    /**
     * What OpenSearch's standard tokenizer makes a word of, counted generously: a run of letters and digits, except
     * in scripts written without spaces, where every character is a word.
     */
    private static final Pattern WORD = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsThai}]|[\\p{L}\\p{N}]+");

    private InputBounds() {
    }

    /** Free text, checked to be short enough; {@code name} is the argument it came in. */
    public static Optional<String> words(String name, Optional<String> text) {
        text.ifPresent(words -> {
            characters(name, words);
            if (wordCount(words) > MAX_WORDS) {
                throw new InvalidQueryException("«" + name + "» tiene más de " + MAX_WORDS + " palabras; busque con "
                        + "menos / «" + name + "» has more than " + MAX_WORDS + " words; search with fewer.");
            }
        });
        return text;
    }

    /** An ocid to look a process up by, checked to be short enough to be part of a process key. */
    public static String ocid(String ocid) {
        if (ocid.getBytes(StandardCharsets.UTF_8).length > MAX_OCID_BYTES) {
            throw new InvalidQueryException("«ocid» es más largo que cualquier ocid (más de " + MAX_OCID_BYTES
                    + " bytes): " + shown(ocid) + " / «ocid» is longer than any ocid (over " + MAX_OCID_BYTES
                    + " bytes).");
        }
        return ocid;
    }

    /** A single value (an identifier, say), checked to be short enough. */
    public static Optional<String> text(String name, Optional<String> value) {
        value.ifPresent(text -> characters(name, text));
        return value;
    }

    /** A list of values, checked to hold few enough values, each short enough. */
    public static List<String> values(String name, List<String> values) {
        count(name, values).forEach(value -> characters(name, value));
        return values;
    }

    /** A list, checked to hold few enough items. */
    static <T> List<T> count(String name, List<T> items) {
        if (items.size() > MAX_VALUES) {
            throw new InvalidQueryException("«" + name + "» tiene " + items.size() + " valores y el máximo es "
                    + MAX_VALUES + " / «" + name + "» has " + items.size() + " values and the most is " + MAX_VALUES
                    + ".");
        }
        return items;
    }

    private static void characters(String name, String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidQueryException("«" + name + "» tiene " + text.length() + " caracteres y el máximo es "
                    + MAX_CHARACTERS + ": " + shown(text) + " / «" + name + "» has " + text.length()
                    + " characters and the most is " + MAX_CHARACTERS + ".");
        }
    }

    private static int wordCount(String text) {
        Matcher words = WORD.matcher(text);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }
}
