package org.ocdsnacional.generator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Writes the release a process publishes at one stage, as Mexican publishers do: a full snapshot of what is known
 * by then (planning and tender from the start, awards, contracts, amendments and payments as they happen), statuses
 * moving on from one release to the next, in OCDS 1.1 with Spanish text.
 */
final class ReleaseFactory {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReleaseFactory() {
    }

    static ObjectNode release(ProcessFacts facts, int sequence) {
        Stage stage = facts.stages().get(sequence);
        ObjectNode release = NODES.objectNode();
        release.put("ocid", facts.ocid());
        release.put("id", String.format(Locale.ROOT, "%s-%02d-%s", facts.ocid(), sequence + 1, stage.tag));
        release.put("date", dateTime(facts.dates().of(stage), 9 + sequence));
        release.putArray("tag").add(stage.tag);
        release.put("initiationType", "tender");
        release.put("language", "es");
        release.set("buyer", reference(facts.buyer()));
        release.set("parties", parties(facts, stage));
        facts.framework().ifPresent(framework -> release.putArray("relatedProcesses").add(related(framework)));
        release.set("planning", planning(facts));
        release.set("tender", tender(facts, stage));
        if (stage.reached(Stage.AWARD)) {
            ArrayNode awards = release.putArray("awards");
            facts.awards().forEach(award -> awards.add(award(facts, award)));
        }
        if (stage.reached(Stage.CONTRACT)) {
            ArrayNode contracts = release.putArray("contracts");
            facts.awards().forEach(award -> contracts.add(contract(facts, award, stage)));
        }
        return release;
    }

    private static ObjectNode related(FrameworkAgreement framework) {
        ObjectNode related = NODES.objectNode();
        related.put("id", "1");
        related.putArray("relationship").add("framework");
        related.put("title", framework.title());
        related.put("scheme", "ocid");
        related.put("identifier", framework.ocid());
        return related;
    }

    private static ArrayNode parties(ProcessFacts facts, Stage stage) {
        ArrayNode parties = NODES.arrayNode();
        parties.add(party(facts.buyer(), List.of("buyer", "procuringEntity", "payer")));
        if (stage.reached(Stage.AWARD)) {
            for (Organization tenderer : facts.tenderers()) {
                parties.add(party(tenderer, roles(facts, tenderer)));
            }
        }
        return parties;
    }

    private static List<String> roles(ProcessFacts facts, Organization tenderer) {
        if (tenderer == facts.awards().getFirst().supplier()) {
            return List.of("tenderer", "supplier", "payee");
        }
        boolean won = facts.awards().stream().anyMatch(award -> award.supplier() == tenderer);
        return won ? List.of("tenderer", "supplier") : List.of("tenderer");
    }

    private static ObjectNode party(Organization organization, List<String> roles) {
        ObjectNode party = NODES.objectNode();
        party.put("id", organization.partyId());
        party.put("name", organization.name());
        party.putObject("identifier").put("scheme", "MX-RFC").put("id", organization.rfc())
                .put("legalName", organization.name());
        party.putObject("address").put("locality", organization.locality()).put("region", organization.region())
                .put("countryName", "México");
        ArrayNode list = party.putArray("roles");
        roles.forEach(list::add);
        return party;
    }

    private static ObjectNode planning(ProcessFacts facts) {
        ObjectNode planning = NODES.objectNode();
        planning.put("rationale", "Atender las necesidades de " + facts.buyer().name() + " en materia de "
                + facts.purchase().object() + ", conforme al programa anual de adquisiciones.");
        ObjectNode budget = planning.putObject("budget");
        budget.put("id", "PP-" + facts.dates().planning().getYear() + "-" + facts.purchase().classification());
        budget.put("description", "Presupuesto de egresos " + facts.dates().planning().getYear() + ", partida "
                + facts.purchase().classification());
        budget.set("amount", value(facts.estimated().multiply(BigDecimal.valueOf(1.1)).setScale(2,
                RoundingMode.HALF_UP), facts.currency()));
        return planning;
    }

    private static ObjectNode tender(ProcessFacts facts, Stage stage) {
        ObjectNode tender = NODES.objectNode();
        tender.put("id", facts.number());
        tender.put("title", facts.purchase().title());
        tender.put("description", description(facts));
        tender.put("status", tenderStatus(stage));
        tender.set("procuringEntity", reference(facts.buyer()));
        tender.set("items", items(facts, facts.estimated()));
        tender.set("value", value(facts.estimated(), facts.currency()));
        tender.put("procurementMethod", facts.method().code);
        tender.put("procurementMethodDetails", facts.method().details
                + (facts.framework().isPresent() ? " al amparo de un contrato marco" : ""));
        facts.framework().ifPresent(framework -> tender.put("procurementMethodRationale", "Compra derivada del "
                + lowerFirst(framework.title()) + ", celebrado con proveedores previamente seleccionados."));
        tender.put("mainProcurementCategory", facts.purchase().category());
        if (stage.reached(Stage.TENDER)) {
            tender.putArray("submissionMethod").add("electronicSubmission");
            LocalDate end = amended(facts, stage, Stage.TENDER_AMENDMENT) ? facts.dates().amendedEnd()
                    : facts.dates().tenderEnd();
            tender.putObject("tenderPeriod").put("startDate", dateTime(facts.dates().tenderStart(), 9))
                    .put("endDate", dateTime(end, 18));
        }
        if (amended(facts, stage, Stage.TENDER_AMENDMENT)) {
            tender.putArray("amendments").addObject().put("id", "1")
                    .put("date", dateTime(facts.dates().amendment(), 12))
                    .put("rationale", "Se amplía el plazo de presentación de propuestas a solicitud de los "
                            + "participantes.");
        }
        if (stage.reached(Stage.AWARD)) {
            tender.put("numberOfTenderers", facts.tenderers().size());
            ArrayNode tenderers = tender.putArray("tenderers");
            facts.tenderers().forEach(tenderer -> tenderers.add(reference(tenderer)));
        }
        return tender;
    }

    private static ObjectNode award(ProcessFacts facts, Award lot) {
        ObjectNode award = NODES.objectNode();
        award.put("id", facts.ocid() + "-adjudicacion-" + lot.number());
        award.put("title", "Fallo: " + facts.purchase().title() + (facts.awards().size() > 1
                ? ", lote " + lot.number() : ""));
        award.put("description", "Se adjudica" + partidas(facts, lot) + " a " + lot.supplier().name()
                + " por presentar la propuesta solvente más conveniente para el Estado.");
        award.put("status", "active");
        award.put("date", dateTime(facts.dates().award(), 13));
        award.set("value", value(lot.amount(), facts.currency()));
        award.putArray("suppliers").add(reference(lot.supplier()));
        award.set("items", items(facts, lot.items(), lot.amount()));
        return award;
    }

    private static String partidas(ProcessFacts facts, Award lot) {
        if (facts.awards().size() == 1) {
            return "";
        }
        List<String> numbers = lot.items().stream().map(item -> Integer.toString(item + 1)).toList();
        return numbers.size() == 1 ? " la partida " + numbers.getFirst()
                : " las partidas " + String.join(", ", numbers.subList(0, numbers.size() - 1)) + " y "
                + numbers.getLast();
    }

    private static ObjectNode contract(ProcessFacts facts, Award award, Stage stage) {
        boolean amended = award.number() == 1 && amended(facts, stage, Stage.CONTRACT_AMENDMENT);
        BigDecimal amount = amended ? facts.amendedValue() : award.amount();
        ObjectNode contract = NODES.objectNode();
        contract.put("id", facts.ocid() + "-contrato-" + award.number());
        contract.put("awardID", facts.ocid() + "-adjudicacion-" + award.number());
        contract.put("title", "Contrato para " + lowerFirst(facts.purchase().title()) + (facts.awards().size() > 1
                ? ", lote " + award.number() : ""));
        contract.put("status", stage.reached(Stage.IMPLEMENTATION) ? "active" : "pending");
        contract.putObject("period").put("startDate", dateTime(facts.dates().signed(), 9))
                .put("endDate", dateTime(amended ? facts.dates().amendedContractEnd() : facts.dates().contractEnd(),
                        18));
        contract.set("value", value(amount, facts.currency()));
        contract.put("dateSigned", dateTime(facts.dates().signed(), 11));
        if (amended) {
            contract.putArray("amendments").addObject().put("id", "1")
                    .put("date", dateTime(facts.dates().contractAmendment(), 12))
                    .put("rationale", "Convenio modificatorio: se amplían el monto y la vigencia del contrato "
                            + "dentro del 20 % que permite la ley.");
        }
        if (award.number() == 1 && stage.reached(Stage.IMPLEMENTATION)) {
            ObjectNode payment = contract.putObject("implementation").putArray("transactions").addObject();
            payment.put("id", "pago-1");
            payment.put("source", "https://transparencia.example.gob.mx/pagos/" + facts.ocid());
            payment.put("date", dateTime(facts.dates().implementation(), 10));
            payment.set("value", value(amount.multiply(BigDecimal.valueOf(0.3))
                    .setScale(2, RoundingMode.HALF_UP), facts.currency()));
            payment.set("payer", reference(facts.buyer()));
            payment.set("payee", reference(award.supplier()));
        }
        return contract;
    }

    /** Whether a release at {@code stage} shows the amendment {@code amendment}: it happened, and by then. */
    private static boolean amended(ProcessFacts facts, Stage stage, Stage amendment) {
        return facts.happens(amendment) && stage.reached(amendment);
    }

    private static ArrayNode items(ProcessFacts facts, BigDecimal total) {
        return items(facts, IntStream.range(0, facts.quantities().size()).boxed().toList(), total);
    }

    /** The items numbered {@code which}, their unit price such that they add up to about {@code total}. */
    private static ArrayNode items(ProcessFacts facts, List<Integer> which, BigDecimal total) {
        ArrayNode items = NODES.arrayNode();
        List<Integer> quantities = facts.quantities();
        int units = which.stream().mapToInt(quantities::get).sum();
        BigDecimal unitPrice = total.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
        for (int i : which) {
            ObjectNode item = items.addObject();
            item.put("id", Integer.toString(i + 1));
            item.put("description", capitalised(facts.purchase().object()) + (quantities.size() > 1
                    ? ", partida " + (i + 1) : ""));
            item.putObject("classification").put("scheme", "CUCOP").put("id", facts.purchase().classification())
                    .put("description", capitalised(facts.purchase().object()));
            item.put("quantity", quantities.get(i));
            ObjectNode unit = item.putObject("unit");
            unit.put("name", facts.purchase().unit());
            unit.set("value", value(unitPrice, facts.currency()));
        }
        return items;
    }

    private static String description(ProcessFacts facts) {
        return facts.purchase().title() + " de " + facts.buyer().name() + ", " + facts.buyer().locality() + ", "
                + facts.state().name() + ". Procedimiento por " + lowerFirst(facts.method().details)
                + " conforme a la Ley de Adquisiciones, Arrendamientos y Servicios del Sector Público.";
    }

    private static String tenderStatus(Stage stage) {
        if (stage.reached(Stage.AWARD)) {
            return "complete";
        }
        return stage.reached(Stage.TENDER) ? "active" : "planned";
    }

    private static ObjectNode reference(Organization organization) {
        return NODES.objectNode().put("id", organization.partyId()).put("name", organization.name());
    }

    private static ObjectNode value(BigDecimal amount, String currency) {
        ObjectNode value = NODES.objectNode();
        value.put("amount", amount);
        value.put("currency", currency);
        return value;
    }

    private static String dateTime(LocalDate date, int hour) {
        return String.format(Locale.ROOT, "%sT%02d:00:00-06:00", date, hour);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
