package org.ocdsnacional.api;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.ocdsnacional.api.admin.SourceStatus;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.OrganizationDirectory;
import org.ocdsnacional.indexer.query.ProcessAggregations;
import org.ocdsnacional.indexer.query.ProcessOrder;
import org.ocdsnacional.indexer.query.Vocabulary.ClosedSet;
import org.ocdsnacional.indexer.query.Vocabulary.Term;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enums of the served schema agree with the query layer: the vocabularies, and the sort and date fields. */
class VocabularySchemaTest {

    private static final GraphQLSchema SCHEMA = SchemaSites.servedSchema();

    @Test
    void eachVocabularyEnumHasTheValuesOfItsClosedSetDescribedByTheirNamesAndCodes() {
        assertEquals(7, VocabularyEnums.BY_TYPE.size());
        VocabularyEnums.BY_TYPE.forEach((name, set) -> {
            GraphQLEnumType type = (GraphQLEnumType) SCHEMA.getType(name);
            assertEquals(set.terms().stream().map(Term::enumName).toList(), names(type), name);
            for (Term term : set.terms()) {
                String description = type.getValue(term.enumName()).getDescription();
                assertTrue(description.contains(term.name()) && description.contains(term.code()),
                        name + "." + term.enumName() + ": " + description);
            }
        });
    }

    @Test
    void eachClosedFilterTakesItsEnum() {
        GraphQLInputObjectType filter = (GraphQLInputObjectType) SCHEMA.getType("ProcessFilter");
        for (Map.Entry<String, ClosedSet> entry : VocabularyEnums.BY_TYPE.entrySet()) {
            String field = entry.getValue().argument();
            assertEquals("[" + entry.getKey() + "!]", GraphQLTypeUtil.simplePrint(filter.getField(field).getType()),
                    field);
        }
    }

    @Test
    void orderingRankingDateAndRoleEnumsAreThoseOfTheQueryLayer() {
        assertEquals(names(ProcessOrder.Field.values()), names((GraphQLEnumType) SCHEMA.getType("ProcessOrderField")));
        assertEquals(names(ProcessAggregations.Ranking.values()),
                names((GraphQLEnumType) SCHEMA.getType("RankingField")));
        assertEquals(names(DateField.values()), names((GraphQLEnumType) SCHEMA.getType("DateField")));
        assertEquals(names(OrganizationDirectory.Role.values()),
                names((GraphQLEnumType) SCHEMA.getType("OrganizationRole")));
        assertEquals(names(SourceStatus.values()), names((GraphQLEnumType) SCHEMA.getType("SourceStatus")));
    }

    private static List<String> names(GraphQLEnumType type) {
        return type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
