package org.ocdsnacional.web.search;

import io.helidon.common.uri.UriQuery;
import org.ocdsnacional.web.http.Links;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of a search as URL parameters, in Spanish, so that a search is an address to bookmark and share:
 * {@code /buscar?q=medicamentos&estado=MX-JAL&metodo=direct&orden=monto_mayor}. Only the portal's names are kept
 * (anything else in the address is ignored), and only values that hold something. Immutable: {@link #with} and
 * {@link #without} give the addresses of the links that change the search.
 */
public final class SearchParams {

    public static final String TEXT = "q";
    public static final String STATE = "estado";
    public static final String LEVEL = "nivel";
    public static final String SOURCE = "fuente";
    public static final String BUYER = "comprador";
    public static final String BUYER_ID = "comprador_id";
    public static final String SUPPLIER = "proveedor";
    public static final String SUPPLIER_ID = "proveedor_id";
    public static final String ORGANIZATION = "organizacion";
    public static final String METHOD = "metodo";
    public static final String METHOD_DETAILS = "detalle";
    public static final String CATEGORY = "categoria";
    public static final String TENDER_STATUS = "estatus_licitacion";
    public static final String AWARD_STATUS = "estatus_adjudicacion";
    public static final String CONTRACT_STATUS = "estatus_contrato";
    public static final String DATE_FIELD = "fecha";
    public static final String FROM = "desde";
    public static final String TO = "hasta";
    public static final String CURRENCY = "moneda";
    public static final String AMOUNT_MIN = "monto_min";
    public static final String AMOUNT_MAX = "monto_max";
    public static final String TENDERERS_MIN = "licitantes_min";
    public static final String TENDERERS_MAX = "licitantes_max";
    public static final String DIRECT_AWARD = "directa";
    public static final String SINGLE_BIDDER = "licitante_unico";
    public static final String FLAG = "senal";
    public static final String ANY_FLAG = "con_senales";
    public static final String ORDER = "orden";
    public static final String AFTER = "despues";
    public static final String BEFORE = "antes";

    /** Every name, in the order addresses list them. */
    public static final List<String> NAMES = List.of(TEXT, STATE, LEVEL, SOURCE, BUYER, BUYER_ID, SUPPLIER,
            SUPPLIER_ID, ORGANIZATION, METHOD, METHOD_DETAILS, CATEGORY, TENDER_STATUS, AWARD_STATUS, CONTRACT_STATUS,
            DATE_FIELD, FROM, TO, CURRENCY, AMOUNT_MIN, AMOUNT_MAX, TENDERERS_MIN, TENDERERS_MAX, DIRECT_AWARD,
            SINGLE_BIDDER, FLAG, ANY_FLAG, ORDER, AFTER, BEFORE);

    private final Map<String, List<String>> values;

    private SearchParams(Map<String, List<String>> values) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> given = values.getOrDefault(name, List.of()).stream()
                    .map(String::trim)
                    .filter(value -> !value.isEmpty())
                    .distinct()
                    .toList();
            if (!given.isEmpty()) {
                kept.put(name, given);
            }
        }
        this.values = kept;
    }

    public static SearchParams of(Map<String, List<String>> values) {
        return new SearchParams(values);
    }

    public static SearchParams of(UriQuery query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            if (query.contains(name)) {
                values.put(name, query.all(name));
            }
        }
        return new SearchParams(values);
    }

    public static SearchParams none() {
        return new SearchParams(Map.of());
    }

    public Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public boolean has(String name, String value) {
        return all(name).contains(value);
    }

    /** Whether anything narrows the search (text or a filter), paging and ordering aside. */
    public boolean narrowed() {
        return values.keySet().stream().anyMatch(name -> !name.equals(ORDER) && !name.equals(AFTER)
                && !name.equals(BEFORE));
    }

    /** The same search with {@code name} set to {@code value} alone, from the first page. */
    public SearchParams with(String name, String value) {
        Map<String, List<String>> changed = firstPage();
        changed.put(name, List.of(value));
        return new SearchParams(changed);
    }

    /** The same search without {@code name}, from the first page. */
    public SearchParams without(String name) {
        Map<String, List<String>> changed = firstPage();
        changed.remove(name);
        return new SearchParams(changed);
    }

    /** The same search without one value of {@code name}, from the first page. */
    public SearchParams without(String name, String value) {
        Map<String, List<String>> changed = firstPage();
        List<String> rest = new ArrayList<>(all(name));
        rest.remove(value);
        changed.put(name, rest);
        return new SearchParams(changed);
    }

    /** The same search on the page after ({@code despues}) or before ({@code antes}) a cursor. */
    public SearchParams page(String direction, String cursor) {
        Map<String, List<String>> changed = firstPage();
        changed.put(direction, List.of(cursor));
        return new SearchParams(changed);
    }

    /** The same search from its first page. */
    public SearchParams firstPageOnly() {
        return new SearchParams(firstPage());
    }

    /** {@code /buscar?…}. */
    public String url() {
        return url("/buscar");
    }

    /** {@code path?…} with these parameters. */
    public String url(String path) {
        String query = query();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The parameters as a query string, encoded. */
    public String query() {
        StringBuilder query = new StringBuilder();
        values.forEach((name, list) -> list.forEach(value -> {
            if (!query.isEmpty()) {
                query.append('&');
            }
            query.append(name).append('=').append(Links.query(value));
        }));
        return query.toString();
    }

    /** Every parameter and value, for hidden fields of a form that changes one of them. */
    public List<Map.Entry<String, String>> entries() {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        values.forEach((name, list) -> list.forEach(value -> entries.add(Map.entry(name, value))));
        return entries;
    }

    private Map<String, List<String>> firstPage() {
        Map<String, List<String>> copy = new LinkedHashMap<>(values);
        copy.remove(AFTER);
        copy.remove(BEFORE);
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchParams params && params.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return url();
    }
}
