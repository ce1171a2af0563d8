package org.ocdsnacional.generator;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Registro Federal de Contribuyentes in the SAT's format: for a company three letters from its name, for a person
 * four from their names, then the registration or birth date (YYMMDD), a two-character homoclave and the check
 * character the SAT computes (modulo 11 over the other characters). 12 characters for companies, 13 for people.
 */
final class RfcMaker {

    /** The SAT's values for RFC characters; the check sum weighs each by its position. */
    private static final String VALUES = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
    private static final String HOMOCLAVE = "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ";
    private static final Set<String> SKIPPED_WORDS = Set.of("DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "S.A.",
            "C.V.", "SA", "CV", "R.L.", "S.", "SC", "SAPI");

    private RfcMaker() {
    }

    /** A company's RFC from its name and registration date. */
    static String company(String name, LocalDate registered, Draw draw) {
        List<String> words = words(name);
        StringBuilder letters = new StringBuilder();
        for (String word : words) {
            if (letters.length() < 3) {
                letters.append(word.charAt(0));
            }
        }
        if (letters.length() < 3 && !words.isEmpty()) {
            letters.append(words.getFirst(), 1, Math.min(words.getFirst().length(), 1 + 3 - letters.length()));
        }
        while (letters.length() < 3) {
            letters.append('X');
        }
        return withCheck(letters + date(registered) + homoclave(draw));
    }

    /** A person's RFC from their given name, two surnames and birth date. */
    static String person(String givenName, String firstSurname, String secondSurname, LocalDate born, Draw draw) {
        String first = plain(firstSurname);
        char vowel = first.chars().skip(1).filter(c -> "AEIOU".indexOf(c) >= 0).mapToObj(c -> (char) c)
                .findFirst().orElse('X');
        String letters = "" + first.charAt(0) + vowel + plain(secondSurname).charAt(0) + plain(givenName).charAt(0);
        return withCheck(letters + date(born) + homoclave(draw));
    }

    /** The SAT check character of the first 11 (company) or 12 (person) characters. */
    static char checkCharacter(String withoutCheck) {
        String padded = withoutCheck.length() == 11 ? " " + withoutCheck : withoutCheck;
        int sum = 0;
        for (int i = 0; i < padded.length(); i++) {
            sum += VALUES.indexOf(padded.charAt(i)) * (13 - i);
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return '0';
        }
        int check = 11 - remainder;
        return check == 10 ? 'A' : (char) ('0' + check);
    }

    private static String withCheck(String rfc) {
        return rfc + checkCharacter(rfc);
    }

    private static String homoclave(Draw draw) {
        return "" + draw.letter(HOMOCLAVE) + draw.letter(HOMOCLAVE);
    }

    private static String date(LocalDate date) {
        return String.format(Locale.ROOT, "%02d%02d%02d", date.getYear() % 100, date.getMonthValue(),
                date.getDayOfMonth());
    }

    private static List<String> words(String name) {
        return java.util.Arrays.stream(plain(name).split("[\\s,]+"))
                .filter(word -> !word.isBlank() && !SKIPPED_WORDS.contains(word))
                .map(word -> word.replaceAll("[^A-Z]", ""))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Upper case without accents (Ñ kept as N, which the SAT accepts either way). */
    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
    }
}
