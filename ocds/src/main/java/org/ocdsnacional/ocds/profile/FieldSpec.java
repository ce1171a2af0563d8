package org.ocdsnacional.ocds.profile;

import java.util.List;
import java.util.Optional;

/**
 * What the schema says about one field: the shape of its value, and the OCDS keywords on the field itself.
 *
 * @param name           the field's name
 * @param shape          what its value may contain
 * @param codelist       its codelist, if any (on an array, the codelist of its items)
 * @param deprecation    when and why it was deprecated, if it was
 * @param enumValues     the values its {@code enum} allows (of its items, for an array), without null
 * @param wholeListMerge whether an array is merged as a whole (its items then need no ids)
 */
public record FieldSpec(String name, Shape shape, Optional<CodelistRef> codelist, Optional<Deprecation> deprecation,
                        List<String> enumValues, boolean wholeListMerge) {

    public FieldSpec {
        enumValues = List.copyOf(enumValues);
    }

    /** Whether this is an array of objects whose items may lack the {@code id} they are identified by. */
    public boolean itemIdsOptional() {
        return !wholeListMerge && shape.items().map(Shape::idOptional).orElse(false);
    }

    /**
     * A field's codelist.
     *
     * @param name the codelist file, e.g. {@code tenderStatus.csv}
     * @param open whether values outside it are allowed (they are then reported as warnings)
     */
    public record CodelistRef(String name, boolean open) {
    }

    /**
     * A deprecation note.
     *
     * @param version     the version that deprecated the field, e.g. "1.1"
     * @param description why, and what to use instead
     */
    public record Deprecation(String version, String description) {
    }
}
