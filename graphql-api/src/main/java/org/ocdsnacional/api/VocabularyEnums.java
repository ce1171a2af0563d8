package org.ocdsnacional.api;

import graphql.schema.idl.EnumValuesProvider;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ocdsnacional.indexer.query.Vocabulary;
import org.ocdsnacional.indexer.query.Vocabulary.ClosedSet;
import org.ocdsnacional.indexer.query.Vocabulary.Term;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GraphQL enums of the filters, each the {@link Vocabulary} closed set of the same values: a value arrives in a
 * data fetcher as the code the index stores ({@code MX_JAL} as {@code MX-JAL}, {@code DIRECT} as {@code direct}).
 */
final class VocabularyEnums {

    /** Each enum of the schema by name, with its closed set. */
    static final Map<String, ClosedSet> BY_TYPE = byType();

    private VocabularyEnums() {
    }

    /** Wires each enum's values to the codes of its closed set. */
    static RuntimeWiring.Builder wire(RuntimeWiring.Builder wiring) {
        BY_TYPE.forEach((type, set) -> wiring.type(TypeRuntimeWiring.newTypeWiring(type).enumValues(codes(set))));
        return wiring;
    }

    private static EnumValuesProvider codes(ClosedSet set) {
        return name -> set.byEnumName(name).map(Term::code).orElse(null);
    }

    private static Map<String, ClosedSet> byType() {
        Map<String, ClosedSet> types = new LinkedHashMap<>();
        types.put("State", Vocabulary.STATES);
        types.put("Level", Vocabulary.LEVELS);
        types.put("ProcurementMethod", Vocabulary.PROCUREMENT_METHODS);
        types.put("ProcurementCategory", Vocabulary.PROCUREMENT_CATEGORIES);
        types.put("TenderStatus", Vocabulary.TENDER_STATUSES);
        types.put("AwardStatus", Vocabulary.AWARD_STATUSES);
        types.put("ContractStatus", Vocabulary.CONTRACT_STATUSES);
        return Collections.unmodifiableMap(types);
    }
}
