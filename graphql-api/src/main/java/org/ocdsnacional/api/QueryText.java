package org.ocdsnacional.api;

import graphql.schema.DataFetchingEnvironment;

/**
 * The text of the running query, kept in its {@code GraphQLContext}, for fetchers that read less when a field is
 * not asked for. Field names appear in a query as written (its fragments included), so a text that does not contain
 * a name cannot ask for that field; a name found elsewhere (an alias, say) only means reading more than needed.
 *
 * @param text the query as the client sent it
 */
record QueryText(String text) {

    static QueryText of(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(QueryText.class);
    }

    /** Whether the query may ask for a field called {@code field} (or one whose name starts with it). */
    boolean mayAsk(String field) {
        return text.contains(field);
    }
}
