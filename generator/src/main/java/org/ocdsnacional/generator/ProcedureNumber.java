package org.ocdsnacional.generator;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The number a buyer gives a procedure, as CompraNet writes them: the procedure (L licitación, I invitación, A
 * adjudicación), what it buys (A adquisiciones y servicios, O obra pública), the state, the buyer's initials, a
 * sequence and the year, e.g. {@code LA-JAL-SSJ-0042-2023}.
 */
final class ProcedureNumber {

    private static final Set<String> SMALL_WORDS = Set.of("DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "PARA");

    private ProcedureNumber() {
    }

    static String of(Method method, Purchase purchase, MexicanState state, Organization buyer, int sequence,
                     int year) {
        char kind = purchase.category().equals("works") ? 'O' : 'A';
        return String.format(Locale.ROOT, "%c%c-%s-%s-%04d-%d", method.letter, kind, state.abbreviation(),
                initials(buyer.name()), sequence, year);
    }

    private static String initials(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT);
        return Arrays.stream(plain.split("[^A-Z]+"))
                .filter(word -> !word.isEmpty() && !SMALL_WORDS.contains(word))
                .map(word -> word.substring(0, 1))
                .collect(Collectors.joining());
    }
}
