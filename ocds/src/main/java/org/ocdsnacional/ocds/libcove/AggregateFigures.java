package org.ocdsnacional.ocds.libcove;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.ocds.summary.PublicationSummary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Our publication summary under the names of lib-cove-ocds's release aggregates, as comparable text. */
final class AggregateFigures {

    /** Figures the peer gives as lists, which we compare by their length. */
    private static final Set<String> COMPARED_BY_SIZE = Set.of("unique_ocids", "contracts_without_awards");
    private static final Map<String, String> DOCUMENT_STAGES = Map.of("planning", "planning", "tender", "tender",
            "tender_milestones", "tenderMilestones", "award", "award", "contract", "contract", "implementation",
            "implementation", "implementation_milestones", "implementationMilestones");

    private AggregateFigures() {
    }

    /** The peer's value of {@code key}, as comparable text. */
    static String expected(String key, JsonNode value) {
        return COMPARED_BY_SIZE.contains(key) ? Integer.toString(value.size()) : Peer.text(value);
    }

    static Map<String, String> of(PublicationSummary s) {
        Map<String, String> figures = new TreeMap<>();
        figures.put("release_count", n(s.releases()));
        figures.put("unique_ocids", n(s.ocids()));
        figures.put("planning_count", n(s.planning()));
        figures.put("tender_count", n(s.tenders()));
        figures.put("award_count", n(s.awards()));
        figures.put("contract_count", n(s.contracts()));
        figures.put("implementation_count", n(s.implementations()));
        figures.put("processes_award_count", n(s.processesWithAwards()));
        figures.put("processes_contract_count", n(s.processesWithContracts()));
        figures.put("processes_implementation_count", n(s.processesWithImplementation()));
        organizations(s.organizations(), figures);
        items(s.items(), figures);
        figures.put("tags", counts(s.tags()));
        figures.put("unique_initation_type", sorted(s.initiationTypes()));
        figures.put("unique_lang", sorted(s.languages()));
        figures.put("unique_currency", sorted(s.currencies()));
        figures.put("item_identifier_schemes", sorted(s.itemClassificationSchemes()));
        figures.put("unique_organisation_schemes", sorted(s.identifierSchemes().stream()
                .map(PublicationSummary.Count::name).toList()));
        figures.put("duplicate_release_ids", sorted(s.duplicateReleaseIds().values()));
        figures.put("contracts_without_awards", n(s.contractsWithoutAwards().count()));
        for (PublicationSummary.StageDates dates : s.dates()) {
            figures.put("min_" + dates.stage() + "_date", dates.earliest());
            figures.put("max_" + dates.stage() + "_date", dates.latest());
        }
        documents(s.documents(), figures);
        return figures;
    }

    private static void organizations(PublicationSummary.Organizations o, Map<String, String> figures) {
        figures.put("unique_buyers_count", n(o.buyers()));
        figures.put("unique_procuring_count", n(o.procuringEntities()));
        figures.put("unique_suppliers_count", n(o.suppliers()));
        figures.put("unique_tenderers_count", n(o.tenderers()));
        figures.put("unique_org_count", n(o.total()));
        figures.put("unique_org_identifier_count", n(o.withIdentifier()));
        figures.put("unique_org_name_count", n(o.namedOnly()));
        figures.put("organisations_with_address", n(o.withAddress()));
        figures.put("organisations_with_contact_point", n(o.withContactPoint()));
        figures.put("unique_buyers", sorted(o.buyerNames()));
        figures.put("unique_suppliers", sorted(o.supplierNames()));
    }

    private static void items(PublicationSummary.Items items, Map<String, String> figures) {
        figures.put("tender_item_count", n(items.tender()));
        figures.put("award_item_count", n(items.award()));
        figures.put("contract_item_count", n(items.contract()));
        figures.put("total_item_count", n(items.total()));
        figures.put("unique_item_ids_count", n(items.uniqueIds()));
    }

    private static void documents(List<PublicationSummary.StageDocuments> documents, Map<String, String> figures) {
        Map<String, PublicationSummary.StageDocuments> byStage = new TreeMap<>();
        documents.forEach(stage -> byStage.put(stage.stage(), stage));
        DOCUMENT_STAGES.forEach((peer, ours) -> {
            figures.put(peer + "_doc_count", n(byStage.get(ours).count()));
            figures.put(peer + "_doctype", counts(byStage.get(ours).types()));
        });
    }

    private static String counts(List<PublicationSummary.Count> counts) {
        Map<String, String> sorted = new TreeMap<>();
        counts.forEach(count -> sorted.put(count.name(), n(count.count())));
        return sorted.toString();
    }

    private static String sorted(List<String> values) {
        return new TreeSet<>(values).toString();
    }

    private static String n(long value) {
        return Long.toString(value);
    }
}
