package org.ocdsnacional.api;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a field's sub-selection asks for a path of fields, read from the query's own syntax (fragments followed,
 * directives ignored, so a skipped field still counts as asked). Cheaper than graphql-java's selection set, which
 * normalises the whole query first: on the hot search path that cost more than the rest of the answer's assembly.
 */
final class AskedFields {

    private AskedFields() {
    }

    /** Whether the query asks, under the current field, for {@code path} (e.g. {@code edges, node, releases}). */
    static boolean path(DataFetchingEnvironment env, String... path) {
        List<SelectionSet> level = new ArrayList<>();
        env.getMergedField().getFields().forEach(field -> level.add(field.getSelectionSet()));
        List<Field> found = List.of();
        for (String name : path) {
            found = named(level, name, env.getFragmentsByName());
            level.clear();
            found.forEach(field -> level.add(field.getSelectionSet()));
        }
        return !found.isEmpty();
    }

    private static List<Field> named(List<SelectionSet> sets, String name, Map<String, FragmentDefinition> fragments) {
        List<Field> found = new ArrayList<>();
        sets.forEach(set -> collect(set, name, fragments, found));
        return found;
    }

    private static void collect(SelectionSet set, String name, Map<String, FragmentDefinition> fragments,
                                List<Field> found) {
        if (set == null) {
            return;
        }
        for (Selection<?> selection : set.getSelections()) {
            switch (selection) {
                case Field field when field.getName().equals(name) -> found.add(field);
                case InlineFragment inline -> collect(inline.getSelectionSet(), name, fragments, found);
                case FragmentSpread spread when fragments.containsKey(spread.getName()) ->
                        collect(fragments.get(spread.getName()).getSelectionSet(), name, fragments, found);
                default -> {
                }
            }
        }
    }
}
