package org.ocdsnacional.analytics.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import org.ocdsnacional.analytics.release.Fields;
import org.ocdsnacional.analytics.release.References;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coverage figures a publisher sees for a set of compiled releases (a source's run): for each field that
 * matters, how many processes have it out of those it applies to. Built on {@link FieldCoverage}'s paths (the
 * same rule of what is empty); the supplier's RFC is the one figure that needs more than a path: a supplier of an
 * award resolves, through the parties, to an RFC ({@link OrganizationIdentity}). Cardinal's counts per path come
 * with it ({@link #fields()}).
 */
public final class PublisherCoverage {

    private final FieldCoverage fields = new FieldCoverage();
    private final Map<CoverageField, long[]> counts = new EnumMap<>(CoverageField.class);

    public PublisherCoverage() {
        for (CoverageField field : CoverageField.values()) {
            counts.put(field, new long[2]);
        }
    }

    /** Adds one compiled release. */
    public void add(JsonNode compiled) {
        Set<String> paths = fields.add(compiled);
        for (CoverageField field : CoverageField.values()) {
            if (!field.appliesTo(paths)) {
                continue;
            }
            long[] count = counts.get(field);
            count[1]++;
            boolean present = field == CoverageField.SUPPLIER_RFC ? hasSupplierRfc(compiled) : field.presentIn(paths);
            count[0] += present ? 1 : 0;
        }
    }

    /** How many compiled releases were added. */
    public long processes() {
        return fields.texts();
    }

    /** The figures, one per field, in the order of {@link CoverageField}. */
    public List<CoverageFigure> figures() {
        List<CoverageFigure> figures = new ArrayList<>();
        counts.forEach((field, count) -> figures.add(new CoverageFigure(field, count[0], count[1])));
        return figures;
    }

    public CoverageFigure figure(CoverageField field) {
        long[] count = counts.get(field);
        return new CoverageFigure(field, count[0], count[1]);
    }

    /** Every path, counted as Cardinal counts it. */
    public FieldCoverage fields() {
        return fields;
    }

    private static boolean hasSupplierRfc(JsonNode compiled) {
        return Fields.array(compiled, "awards").stream().flatMap(award -> Fields.array(award, "suppliers").stream())
                .anyMatch(supplier -> References.rfc(compiled, supplier).isPresent());
    }
}
