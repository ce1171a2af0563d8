package org.ocdsnacional.analytics.coverage;

import java.util.List;
import java.util.Set;

/**
 * A field whose coverage a publisher sees: the share of its processes that have it, among those it applies to (a
 * process without awards cannot give an award's value). Each is read from the paths {@link FieldCoverage} finds.
 */
public enum CoverageField {
    BUYER_ID("Identificador del comprador", "Buyer id", List.of("/buyer/id"), List.of("")),
    SUPPLIER_RFC("RFC del proveedor", "Supplier RFC", List.of(), List.of("/awards[]/suppliers[]")),
    TENDER_VALUE("Valor de la licitación", "Tender value", List.of("/tender/value/amount"), List.of("/tender")),
    AWARD_VALUE("Valor de la adjudicación", "Award value", List.of("/awards[]/value/amount"), List.of("/awards[]")),
    TENDER_START("Inicio del periodo de ofertas", "Tender period start", List.of("/tender/tenderPeriod/startDate"),
            List.of("/tender")),
    TENDER_END("Fin del periodo de ofertas", "Tender period end", List.of("/tender/tenderPeriod/endDate"),
            List.of("/tender")),
    AWARD_DATE("Fecha de adjudicación", "Award date", List.of("/awards[]/date"), List.of("/awards[]")),
    CONTRACT_SIGNED("Fecha de firma del contrato", "Contract signature date", List.of("/contracts[]/dateSigned"),
            List.of("/contracts[]")),
    PROCUREMENT_METHOD("Procedimiento de contratación", "Procurement method", List.of("/tender/procurementMethod"),
            List.of("/tender")),
    CLASSIFIED_ITEMS("Artículos con clasificación", "Items with classification",
            List.of("/tender/items[]/classification/id", "/awards[]/items[]/classification/id",
                    "/contracts[]/items[]/classification/id"),
            List.of("/tender/items[]", "/awards[]/items[]", "/contracts[]/items[]")),
    DOCUMENTS("Documentos", "Documents", List.of("/planning/documents[]", "/tender/documents[]",
            "/awards[]/documents[]", "/contracts[]/documents[]", "/contracts[]/implementation/documents[]"),
            List.of(""));

    private final String nameEs;
    private final String nameEn;
    private final List<String> present;
    private final List<String> applies;

    CoverageField(String nameEs, String nameEn, List<String> present, List<String> applies) {
        this.nameEs = nameEs;
        this.nameEn = nameEn;
        this.present = present;
        this.applies = applies;
    }

    public String nameEs() {
        return nameEs;
    }

    public String nameEn() {
        return nameEn;
    }

    /** Whether a process with these paths is one the field applies to. */
    boolean appliesTo(Set<String> paths) {
        return applies.stream().anyMatch(paths::contains);
    }

    /** Whether a process with these paths has the field (any of its paths). */
    boolean presentIn(Set<String> paths) {
        return present.stream().anyMatch(paths::contains);
    }
}
