package org.ocdsnacional.ocds.mx;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name reduced to what identifies an organization across publishers: accents, case, punctuation and
 * Mexican legal-form suffixes ("S.A. de C.V.", "S. de R.L. de C.V.", "A.C.", ...) removed.
 * "Proveedora Ñandú, S.A. de C.V." and "PROVEEDORA NANDU SA DE CV" both become "proveedora nandu".
 */
public final class OrganizationName {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9&]+");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "( (s ?a ?p ?i|s ?a ?b|s ?a|s ?de ?r ?l|s ?c|a ?c|s ?c ?p|s ?a ?s|i ?a ?p|s ?p ?r)( de (c ?v|r ?l( de c ?v)?|i ?p))?)+$");
    private static final Pattern SPACES = Pattern.compile(" +");

    private OrganizationName() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String words = SPACES.matcher(NOT_WORD.matcher(folded).replaceAll(" ")).replaceAll(" ").trim();
        String withoutForm = LEGAL_FORM.matcher(" " + words).replaceAll("").trim();
        return withoutForm.isEmpty() ? words : withoutForm;
    }
}
