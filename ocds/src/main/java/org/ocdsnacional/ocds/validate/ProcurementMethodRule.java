package org.ocdsnacional.ocds.validate;

import com.fasterxml.jackson.databind.JsonNode;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The procedures of Mexican procurement law and the OCDS {@code procurementMethod} each one is:
 * "Licitación pública" is open, "Invitación a cuando menos tres personas" is selective, "Adjudicación
 * directa" is direct. A {@code procurementMethodDetails} naming one of them must agree with the method.
 */
final class ProcurementMethodRule {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * The method each text of {@code procurementMethodDetails} met so far names ("" for none): publishers write a
     * handful of them, and normalising the text again for every release costs more than every other rule together.
     */
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
    /** Texts remembered at most: when full, the memory starts over (a publisher's handful comes back at once). */
    private static final int MAX_KNOWN = 4_096;
    /** Longer texts (a free description, a process number in it) are normalised every time, never remembered. */
    private static final int MAX_REMEMBERED_LENGTH = 256;
    private static final Map<String, String> METHODS = new LinkedHashMap<>();

    static {
        METHODS.put("licitacion publica", "open");
        METHODS.put("invitacion a cuando menos tres", "selective");
        METHODS.put("adjudicacion directa", "direct");
    }

    private ProcurementMethodRule() {
    }

    static void check(JsonNode release, String pointer, Findings findings) {
        JsonNode tender = release.path("tender");
        Optional<String> expected = expected(tender.path("procurementMethodDetails"));
        if (expected.isEmpty()) {
            return;
        }
        String details = tender.path("procurementMethodDetails").asText();
        String at = JsonPointers.child(JsonPointers.child(pointer, "tender"), "procurementMethod");
        JsonNode method = tender.path("procurementMethod");
        if (!method.isTextual() || method.asText().isBlank()) {
            findings.add(Severity.INFO, "mx.procurement_method_missing", at, "", () -> new Texts(
                    "El procedimiento es «" + details + "»: ponga «" + expected.get() + "» en procurementMethod",
                    "The procedure is «" + details + "»: set procurementMethod to «" + expected.get() + "»"),
                    Map.of("expected", expected.get()));
        } else if (!method.asText().equals(expected.get())) {
            findings.add(Severity.WARNING, "mx.procurement_method_mismatch", at, method.asText(), () -> Texts.about(
                    method.asText(), at, "no corresponde al procedimiento «" + details + "», que es «"
                            + expected.get() + "»", "does not match the procedure «" + details + "», which is «"
                            + expected.get() + "»"), Map.of("expected", expected.get()));
        }
    }

    private static Optional<String> expected(JsonNode details) {
        if (!details.isTextual()) {
            return Optional.empty();
        }
        String text = details.asText();
        String known = KNOWN.get(text);
        if (known == null) {
            known = method(text);
            remember(text, known);
        }
        return known.isEmpty() ? Optional.empty() : Optional.of(known);
    }

    private static void remember(String text, String method) {
        if (text.length() > MAX_REMEMBERED_LENGTH) {
            return;
        }
        if (KNOWN.size() >= MAX_KNOWN) {
            KNOWN.clear();
        }
        KNOWN.put(text, method);
    }

    /** The method {@code details} names, "" for none. */
    private static String method(String details) {
        String plain = SPACES.matcher(MARKS.matcher(Normalizer.normalize(details, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll(" ");
        return METHODS.entrySet().stream().filter(e -> plain.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("");
    }
}
