package org.ocdsnacional.web.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the CSV download, one row per process, in this order (documented in the README): what each is
 * called in the header, which field of the process document it reads, and how.
 */
final class CsvColumns {

    /**
     * One column: its header, the field of the process document it reads, and its value made from that field.
     */
    record Column(String header, String field, Function<JsonNode, String> value) {

        String of(JsonNode process) {
            return value.apply(process.path(field));
        }
    }

    static final List<Column> ALL = List.of(
            text("ocid", "ocid"),
            text("titulo", "title"),
            new Column("comprador", "buyer", buyer -> buyer.path("name").asText("")),
            new Column("comprador_id", "buyer", buyer -> buyer.path("orgId").asText("")),
            new Column("proveedores", "suppliers", suppliers -> joined(suppliers, "name")),
            new Column("proveedores_id", "suppliers", suppliers -> joined(suppliers, "orgId")),
            new Column("estados", "states", states -> joined(states, null)),
            new Column("niveles", "levels", levels -> joined(levels, null)),
            new Column("fuentes", "sources", sources -> joined(sources, null)),
            text("procedimiento", "procurementMethod"),
            text("procedimiento_detalle", "procurementMethodDetails"),
            text("categoria", "mainProcurementCategory"),
            text("estatus_licitacion", "tenderStatus"),
            text("fecha_publicacion", "date"),
            text("fecha_adjudicacion", "awardDate"),
            text("fecha_contrato", "contractSignedDate"),
            text("licitantes", "numberOfTenderers"),
            yesNo("adjudicacion_directa", "directAward"),
            yesNo("licitante_unico", "singleBidder"),
            new Column("adjudicado_mxn", "awarded", awarded -> amountIn(awarded, "MXN")),
            new Column("adjudicado_otras_monedas", "awarded", CsvColumns::otherCurrencies),
            new Column("contratado_mxn", "contracted", contracted -> amountIn(contracted, "MXN")),
            yesNo("retirado", "withdrawn"));

    private CsvColumns() {
    }

    /** The fields of the process document the columns read: all a download needs to fetch. */
    static List<String> fields() {
        return ALL.stream().map(Column::field).distinct().toList();
    }

    static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }

    static List<String> row(JsonNode process) {
        List<String> row = new ArrayList<>(ALL.size());
        ALL.forEach(column -> row.add(column.of(process)));
        return row;
    }

    private static Column text(String header, String field) {
        return new Column(header, field, value -> value.asText(""));
    }

    private static Column yesNo(String header, String field) {
        return new Column(header, field, value -> value.asBoolean() ? "si" : "no");
    }

    private static String joined(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> {
            String value = field == null ? item.asText("") : item.path(field).asText("");
            if (!value.isEmpty()) {
                values.add(value);
            }
        });
        return String.join(" | ", values);
    }

    private static String amountIn(JsonNode amounts, String currency) {
        for (JsonNode money : amounts) {
            if (currency.equals(money.path("currency").asText())) {
                return money.path("amount").asText("");
            }
        }
        return "";
    }

    private static String otherCurrencies(JsonNode amounts) {
        List<String> others = new ArrayList<>();
        amounts.forEach(money -> {
            if (!"MXN".equals(money.path("currency").asText())) {
                others.add(money.path("amount").asText() + " " + money.path("currency").asText());
            }
        });
        return String.join(" | ", others);
    }
}
