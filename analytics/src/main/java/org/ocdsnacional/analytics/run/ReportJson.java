package org.ocdsnacional.analytics.run;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.ocdsnacional.analytics.flag.Evidence;
import org.ocdsnacional.analytics.flag.Flag;
import org.ocdsnacional.analytics.flag.FlagCode;
import org.ocdsnacional.analytics.flag.Group;

import java.util.Map;

/**
 * A report in the shape of Cardinal's {@code indicators} output: {@code {"OCID": {ocid: {"R003": 1.0}},
 * "Buyer": {...}, "ProcuringEntity": {...}, "Tenderer": {...}, "Meta": {...}}}, groups without flags left out, the
 * meta figures rounded to 4 decimals. With evidence, each value becomes an object with the flag's names and evidence.
 */
public final class ReportJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReportJson() {
    }

    public static ObjectNode of(FlagReport report, boolean meta, boolean evidence) {
        ObjectNode json = NODES.objectNode();
        for (Group group : Group.values()) {
            Map<String, Map<FlagCode, Flag>> subjects = report.results().group(group);
            if (subjects.isEmpty()) {
                continue;
            }
            ObjectNode groupJson = json.putObject(group.label());
            subjects.forEach((id, flags) -> {
                ObjectNode subject = groupJson.putObject(id);
                flags.forEach((code, flag) -> {
                    if (evidence) {
                        subject.set(code.name(), detailed(flag));
                    } else {
                        subject.put(code.name(), flag.value());
                    }
                });
            });
        }
        if (meta) {
            ObjectNode metaJson = json.putObject("Meta");
            report.meta().forEach((code, figures) -> {
                ObjectNode figuresJson = metaJson.putObject(code);
                figures.forEach((name, value) -> putRounded(figuresJson, name, value));
            });
        }
        return json;
    }

    private static ObjectNode detailed(Flag flag) {
        ObjectNode json = NODES.objectNode();
        json.put("value", flag.value());
        json.put("nameEs", flag.nameEs());
        json.put("nameEn", flag.nameEn());
        var list = json.putArray("evidence");
        for (Evidence evidence : flag.evidence()) {
            list.addObject().put("field", evidence.field()).put("value", evidence.value());
        }
        return json;
    }

    /** Cardinal rounds to 4 decimals, half away from zero; NaN (no population) is null. */
    private static void putRounded(ObjectNode json, String name, double value) {
        if (!Double.isFinite(value)) {
            json.putNull(name);
            return;
        }
        double scaled = value * 10_000.0;
        double rounded = scaled < 0 ? -Math.floor(-scaled + 0.5) : Math.floor(scaled + 0.5);
        json.put(name, rounded / 10_000.0);
    }
}
