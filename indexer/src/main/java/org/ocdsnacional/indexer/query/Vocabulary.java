package org.ocdsnacional.indexer.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.ocdsnacional.indexer.query.InvalidQueryException.shown;

/**
 * The closed sets of values that processes are filtered by, with the code the index stores and the name people read
 * (in Spanish): the 32 states and the federal government (ISO 3166-2:MX, as the registry writes them), levels of
 * government, and the OCDS codelists of procurement methods, main procurement categories and tender, award and contract
 * statuses; and the ISO 4217 currency codes (the OCDS currency codelist). One place for every reader: the GraphQL
 * API's enums are checked against these by a test, the web portal lists them, and {@link ProcessFilter} refuses a
 * value outside them.
 */
public final class Vocabulary {

    /** The 32 states and the federal government: the {@code state} of a registered source. */
    public static final ClosedSet STATES = new ClosedSet("states", List.of(
            new Term("MX-AGU", "Aguascalientes"), new Term("MX-BCN", "Baja California"),
            new Term("MX-BCS", "Baja California Sur"), new Term("MX-CAM", "Campeche"),
            new Term("MX-CHP", "Chiapas"), new Term("MX-CHH", "Chihuahua"),
            new Term("MX-CMX", "Ciudad de México"), new Term("MX-COA", "Coahuila de Zaragoza"),
            new Term("MX-COL", "Colima"), new Term("MX-DUR", "Durango"),
            new Term("MX-GUA", "Guanajuato"), new Term("MX-GRO", "Guerrero"),
            new Term("MX-HID", "Hidalgo"), new Term("MX-JAL", "Jalisco"),
            new Term("MX-MEX", "Estado de México"), new Term("MX-MIC", "Michoacán de Ocampo"),
            new Term("MX-MOR", "Morelos"), new Term("MX-NAY", "Nayarit"),
            new Term("MX-NLE", "Nuevo León"), new Term("MX-OAX", "Oaxaca"),
            new Term("MX-PUE", "Puebla"), new Term("MX-QUE", "Querétaro"),
            new Term("MX-ROO", "Quintana Roo"), new Term("MX-SLP", "San Luis Potosí"),
            new Term("MX-SIN", "Sinaloa"), new Term("MX-SON", "Sonora"),
            new Term("MX-TAB", "Tabasco"), new Term("MX-TAM", "Tamaulipas"),
            new Term("MX-TLA", "Tlaxcala"), new Term("MX-VER", "Veracruz de Ignacio de la Llave"),
            new Term("MX-YUC", "Yucatán"), new Term("MX-ZAC", "Zacatecas"),
            new Term("federal", "Gobierno federal")));

    /** Levels of government: the {@code level} of a registered source. */
    public static final ClosedSet LEVELS = new ClosedSet("levels", List.of(
            new Term("federal", "Federal"), new Term("state", "Estatal"), new Term("municipal", "Municipal")));

    /** The OCDS procurement method codelist ({@code tender.procurementMethod}). */
    public static final ClosedSet PROCUREMENT_METHODS = new ClosedSet("procurementMethods", List.of(
            new Term("open", "Abierto: licitación pública"),
            new Term("selective", "Selectivo: invitación a proveedores precalificados"),
            new Term("limited", "Limitado: invitación a proveedores elegidos"),
            new Term("direct", "Directo: adjudicación directa")));

    /** The OCDS procurement category codelist ({@code tender.mainProcurementCategory}). */
    public static final ClosedSet PROCUREMENT_CATEGORIES = new ClosedSet("mainProcurementCategories", List.of(
            new Term("goods", "Bienes"), new Term("works", "Obras"), new Term("services", "Servicios")));

    /** The OCDS tender status codelist ({@code tender.status}). */
    public static final ClosedSet TENDER_STATUSES = new ClosedSet("tenderStatuses", List.of(
            new Term("planning", "En planeación"), new Term("planned", "Planeado"), new Term("active", "Activo"),
            new Term("cancelled", "Cancelado"), new Term("unsuccessful", "Desierto"),
            new Term("complete", "Concluido"), new Term("withdrawn", "Retirado")));

    /** The OCDS award status codelist ({@code awards[].status}). */
    public static final ClosedSet AWARD_STATUSES = new ClosedSet("awardStatuses", List.of(
            new Term("pending", "Pendiente"), new Term("active", "Activo"), new Term("cancelled", "Cancelado"),
            new Term("unsuccessful", "Desierto")));

    /** The OCDS contract status codelist ({@code contracts[].status}). */
    public static final ClosedSet CONTRACT_STATUSES = new ClosedSet("contractStatuses", List.of(
            new Term("pending", "Pendiente"), new Term("active", "Activo"), new Term("cancelled", "Cancelado"),
            new Term("terminated", "Terminado")));

    /** ISO 4217 currency codes, current and historical: the OCDS currency codelist. */
    public static final Set<String> CURRENCIES = readCurrencies();

    private Vocabulary() {
    }

    /**
     * {@code currency}, once checked to be an ISO 4217 code; {@code name} is the argument it came in. A code in the
     * wrong case is refused with the right one suggested: the index stores codes as published, upper case.
     */
    public static String currency(String name, String currency) {
        if (CURRENCIES.contains(currency)) {
            return currency;
        }
        String upper = currency.strip().toUpperCase(Locale.ROOT);
        String hint = CURRENCIES.contains(upper) ? "¿quiso decir " + upper + "? / did you mean " + upper + "?"
                : "use un código ISO 4217 de tres letras, como MXN, USD o EUR / use a three-letter ISO 4217 code, such "
                + "as MXN, USD or EUR.";
        throw new InvalidQueryException("«" + name + "»: " + shown(currency) + " no es una moneda / is not a "
                + "currency; " + hint);
    }

    /**
     * One value of a closed set.
     *
     * @param code as the index stores it, and outputs show it ({@code MX-JAL}, {@code direct})
     * @param name as people read it, in Spanish ({@code Jalisco}, {@code Directo: adjudicación directa})
     */
    public record Term(String code, String name) {

        /** The name of the GraphQL enum value: the code in upper case, hyphens as underscores ({@code MX_JAL}). */
        public String enumName() {
            return code.toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }

    /**
     * A closed set of values, in the order people expect them.
     *
     * @param argument the filter that takes its values, for messages
     * @param terms    its values
     */
    public record ClosedSet(String argument, List<Term> terms) {

        public ClosedSet {
            terms = List.copyOf(terms);
        }

        /** The term whose code is {@code code}, exactly as stored. */
        public Optional<Term> byCode(String code) {
            return terms.stream().filter(term -> term.code().equals(code)).findFirst();
        }

        /** The term whose GraphQL enum name is {@code enumName}. */
        public Optional<Term> byEnumName(String enumName) {
            return terms.stream().filter(term -> term.enumName().equals(enumName)).findFirst();
        }

        /** {@code codes}, once each is checked to be in this set; the message lists what is allowed. */
        public List<String> check(List<String> codes) {
            codes.stream().filter(code -> byCode(code).isEmpty()).findFirst().ifPresent(unknown -> {
                String allowed = terms.stream().map(Term::code).collect(Collectors.joining(", "));
                throw new InvalidQueryException("«" + argument + "»: " + shown(unknown) + " no es un valor "
                        + "permitido; use uno de " + allowed + " / " + shown(unknown) + " is not an allowed value; "
                        + "use one of " + allowed + ".");
            });
            return codes;
        }
    }

    private static Set<String> readCurrencies() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/vocabulary/currencies.txt")) {
            if (in == null) {
                throw new IllegalStateException("The currency codes (vocabulary/currencies.txt) are not on the "
                        + "classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
