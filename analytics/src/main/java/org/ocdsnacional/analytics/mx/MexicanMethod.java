package org.ocdsnacional.analytics.mx;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.release.Fields;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The procedure of Mexican procurement law a process followed. Mexican publishers code it unevenly (Mexico City
 * codes its direct awards {@code limited} and says so in the rationale), so the words come first:
 * {@code tender/procurementMethodDetails}, then {@code tender/procurementMethodRationale} ("adjudicación directa",
 * "invitación", "licitación"), then the code ({@code direct}; {@code limited} and {@code selective} as restricted
 * invitations; {@code open}).
 */
public enum MexicanMethod {
    DIRECT_AWARD("direct_award"),
    RESTRICTED_INVITATION("restricted_invitation"),
    PUBLIC_TENDER("public_tender"),
    UNKNOWN("unknown");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final String key;

    MexicanMethod(String key) {
        this.key = key;
    }

    /** The name of the method in settings files ({@code [MX02.direct_award]}). */
    public String key() {
        return key;
    }

    /**
     * The method of a tender, with the field and value that tell it.
     *
     * @param method   the method
     * @param evidence the field that tells it, or none when unknown
     */
    public record Classified(MexicanMethod method, Optional<Evidence> evidence) {
    }

    public static Classified of(JsonNode tender) {
        for (String field : new String[]{"procurementMethodDetails", "procurementMethodRationale"}) {
            Optional<String> text = Fields.text(tender, field);
            Optional<MexicanMethod> named = text.flatMap(MexicanMethod::fromWords);
            if (named.isPresent()) {
                return new Classified(named.get(), Optional.of(Evidence.of("/tender/" + field, text.get())));
            }
        }
        Optional<String> code = Fields.text(tender, "procurementMethod");
        MexicanMethod method = code.map(MexicanMethod::fromCode).orElse(UNKNOWN);
        return new Classified(method, method == UNKNOWN ? Optional.empty()
                : Optional.of(Evidence.of("/tender/procurementMethod", code.orElseThrow())));
    }

    private static Optional<MexicanMethod> fromWords(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        if (plain.contains("adjudicacion directa")) {
            return Optional.of(DIRECT_AWARD);
        }
        if (plain.contains("invitacion")) {
            return Optional.of(RESTRICTED_INVITATION);
        }
        return plain.contains("licitacion") ? Optional.of(PUBLIC_TENDER) : Optional.empty();
    }

    private static MexicanMethod fromCode(String code) {
        return switch (code) {
            case "direct" -> DIRECT_AWARD;
            case "limited", "selective" -> RESTRICTED_INVITATION;
            case "open" -> PUBLIC_TENDER;
            default -> UNKNOWN;
        };
    }
}
