package org.ocdsnacional.analytics.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.References;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the fields that matter one process has, among those that apply to it: what a process document carries
 * so that a publisher's coverage is counted over the index.
 *
 * @param applicable the fields that apply to it (an award's value needs an award)
 * @param present    of those, the fields it has
 */
public record ProcessCoverage(Set<CoverageField> applicable, Set<CoverageField> present) {

    public ProcessCoverage {
        applicable = Set.copyOf(applicable);
        present = Set.copyOf(present);
    }

    /** The coverage of one compiled release. */
    public static ProcessCoverage of(JsonNode compiled) {
        return of(compiled, FieldCoverage.pathsOf(compiled));
    }

    /** The coverage of one compiled release whose paths ({@link FieldCoverage}) are known. */
    static ProcessCoverage of(JsonNode compiled, Set<String> paths) {
        Set<CoverageField> applicable = EnumSet.noneOf(CoverageField.class);
        Set<CoverageField> present = EnumSet.noneOf(CoverageField.class);
        for (CoverageField field : CoverageField.values()) {
            if (!field.appliesTo(paths)) {
                continue;
            }
            applicable.add(field);
            boolean has = field == CoverageField.SUPPLIER_RFC ? hasSupplierRfc(compiled) : field.presentIn(paths);
            if (has) {
                present.add(field);
            }
        }
        return new ProcessCoverage(applicable, present);
    }

    private static boolean hasSupplierRfc(JsonNode compiled) {
        return Fields.array(compiled, "awards").stream().flatMap(award -> Fields.array(award, "suppliers").stream())
                .anyMatch(supplier -> References.rfc(compiled, supplier).isPresent());
    }
}
