package org.ocdsnacional.ocds.validate;

import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.NonValidationKeyword;

import java.util.List;

/**
 * Draft-04 as lib-cove-ocds applies it to OCDS schemas, registered under the draft-04 IRI so that schemas
 * declaring {@code "$schema": "http://json-schema.org/draft-04/schema#"} get it:
 * <ul>
 *   <li>the OCDS keywords (codelists, merge rules, deprecation) are declared and do not validate: other parts
 *       of the library read them;</li>
 *   <li>{@code patternProperties} does not validate (the peer removed it for speed: in OCDS it only types the
 *       language variants such as {@code title_es});</li>
 *   <li>{@code uniqueItems} checks ids in arrays of objects ({@link UniqueIdsKeyword});</li>
 *   <li>{@code date-time} and {@code uri} formats are checked as the peer's Python libraries check them.</li>
 * </ul>
 */
final class OcdsDialect {

    static final String DRAFT_04 = "http://json-schema.org/draft-04/schema#";

    /** Keywords of the OCDS schemas that carry information but no constraint (1.0 adds the merge strategies). */
    static final List<String> OCDS_KEYWORDS = List.of(
            "codelist", "openCodelist", "omitWhenMerged", "wholeListMerge", "versionId", "deprecated",
            "mergeStrategy", "mergeOptions");

    /** Keywords that published extensions in the mirror use by mistake (notes, misspellings): inert, as for the peer. */
    static final List<String> EXTENSION_KEYWORDS = List.of("NOTE", "notes_for_guidance", "opencodelist", "unqiueItems");

    private OcdsDialect() {
    }

    static JsonMetaSchema metaSchema() {
        JsonMetaSchema.Builder builder = JsonMetaSchema.builder(DRAFT_04, JsonMetaSchema.getV4())
                .keyword(new NonValidationKeyword("patternProperties"))
                .keyword(new UniqueIdsKeyword())
                .format(new Rfc3339DateTimeFormat())
                .format(new AbsoluteUriFormat());
        OCDS_KEYWORDS.forEach(name -> builder.keyword(new NonValidationKeyword(name)));
        EXTENSION_KEYWORDS.forEach(name -> builder.keyword(new NonValidationKeyword(name)));
        return builder.build();
    }
}
