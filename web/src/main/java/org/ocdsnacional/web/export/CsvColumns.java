package org.ocdsnacional.web.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of the CSV download, one row per process, in this order (documented in the README): what each is
 * called in the header, and how it is read from the process document.
 */
final class CsvColumns {

    /** One column: its header and its value in a process document. */
    record Column(String header, Function<JsonNode, String> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("ocid", process -> process.path("ocid").asText("")),
            new Column("titulo", process -> process.path("title").asText("")),
            new Column("comprador", process -> process.path("buyer").path("name").asText("")),
            new Column("comprador_id", process -> process.path("buyer").path("orgId").asText("")),
            new Column("proveedores", process -> joined(process.path("suppliers"), "name")),
            new Column("proveedores_id", process -> joined(process.path("suppliers"), "orgId")),
            new Column("estados", process -> joined(process.path("states"), null)),
            new Column("niveles", process -> joined(process.path("levels"), null)),
            new Column("fuentes", process -> joined(process.path("sources"), null)),
            new Column("procedimiento", process -> process.path("procurementMethod").asText("")),
            new Column("procedimiento_detalle", process -> process.path("procurementMethodDetails").asText("")),
            new Column("categoria", process -> process.path("mainProcurementCategory").asText("")),
            new Column("estatus_licitacion", process -> process.path("tenderStatus").asText("")),
            new Column("fecha_publicacion", process -> process.path("date").asText("")),
            new Column("fecha_adjudicacion", process -> process.path("awardDate").asText("")),
            new Column("fecha_contrato", process -> process.path("contractSignedDate").asText("")),
            new Column("licitantes", process -> process.path("numberOfTenderers").asText("")),
            new Column("adjudicacion_directa", process -> process.path("directAward").asBoolean() ? "si" : "no"),
            new Column("licitante_unico", process -> process.path("singleBidder").asBoolean() ? "si" : "no"),
            new Column("adjudicado_mxn", process -> amountIn(process.path("awarded"), "MXN")),
            new Column("adjudicado_otras_monedas", process -> otherCurrencies(process.path("awarded"))),
            new Column("contratado_mxn", process -> amountIn(process.path("contracted"), "MXN")),
            new Column("retirado", process -> process.path("withdrawn").asBoolean() ? "si" : "no"));

    private CsvColumns() {
    }

    static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }

    static List<String> row(JsonNode process) {
        List<String> row = new ArrayList<>(ALL.size());
        ALL.forEach(column -> row.add(column.value().apply(process)));
        return row;
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
