package org.ocdsnacional.api;

import graphql.schema.DataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ocdsnacional.indexer.query.Aggregation;
import org.ocdsnacional.indexer.query.Amounts;
import org.ocdsnacional.indexer.query.DateField;
import org.ocdsnacional.indexer.query.Dimension;
import org.ocdsnacional.indexer.query.Group;
import org.ocdsnacional.indexer.query.Organization;
import org.ocdsnacional.indexer.query.OrganizationDirectory.Role;
import org.ocdsnacional.indexer.query.ProcessFilter;
import org.ocdsnacional.ocds.mx.OrganizationIdentity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Organizations: the list, one by id, and an organization's profile per role. A role profile carries the filter
 * that selects the organization's processes in that role and the amounts that are its own in that role (as buyer:
 * what its processes awarded; as supplier: what was awarded to it); the aggregations its fields ask are answered by
 * one search ({@link SearchedFields}).
 */
final class OrganizationFetchers {

    private static final String FILTER = SearchedFields.FILTER;
    private static final String ROLE = "_role";
    private static final String ORG_ID = "_orgId";

    private final ApiBackend backend;
    private final SearchedFields roleFields;

    OrganizationFetchers(ApiBackend backend) {
        this.backend = backend;
        this.roleFields = new SearchedFields(backend)
                .field("processCount", (arguments, profile) -> Aggregation.totals(), Group::processes)
                .field("awarded", (arguments, profile) -> role(profile) == Role.BUYER ? Aggregation.awarded()
                        : Aggregation.awardedTo(orgId(profile)), Views::money)
                .field("byState", (arguments, profile) -> Aggregation.groups(Dimension.STATE, DateField.RELEASE,
                        40, amounts(profile)), Views::groups)
                .field("byYear", (arguments, profile) -> Aggregation.groups(Dimension.YEAR,
                        DateField.valueOf(FilterInput.valueOr(arguments, "date", "RELEASE")), 100,
                        amounts(profile)), Views::groups)
                .field("missing", (arguments, profile) -> SummaryFetchers.unplaced(arguments, amounts(profile)),
                        Views::unplaced)
                .fieldWithObject("counterparties", OrganizationFetchers::counterparties,
                        (counterparties, profile) -> Views.organizations(counterparties, counterpart(profile)))
                .field("flagRates", (arguments, profile) -> Aggregation.flagCounts(),
                        counts -> Views.flagRates(counts, backend.nationalRates().read()));
    }

    /** {@code Organization.flags}: the flags on the organization itself, against the national population. */
    DataFetcher<List<Map<String, Object>>> flags() {
        return env -> Views.flags(backend.organizationFlags().of((String) ((Map<?, ?>) env.getSource()).get("id")));
    }

    DataFetcher<List<Map<String, Object>>> organizations() {
        return env -> {
            OrderInput.RankingChoice ranking = OrderInput.ranking(env.getArgument("orderBy"));
            Optional<Role> role = FilterInput.text(env.getArgument("role")).map(Role::valueOf);
            return Views.organizationsInRoles(backend.organizations().search(
                    FilterInput.text(env.getArgument("query")), role,
                    FilterInput.read(env.getArgument("filter"), backend.sources().get()), ranking.ranking(),
                    ranking.currency(), OrderInput.first(env.getArgument("first"), 20)));
        };
    }

    DataFetcher<Map<String, Object>> organization() {
        return env -> backend.organizations().find(env.getArgument("id")).map(OrganizationFetchers::view)
                .orElse(null);
    }

    DataFetcher<Map<String, Object>> asBuyer() {
        return env -> roleFields.answered(env, profile((String) ((Map<?, ?>) env.getSource()).get("id"), Role.BUYER));
    }

    DataFetcher<Map<String, Object>> asSupplier() {
        return env -> roleFields.answered(env, profile((String) ((Map<?, ?>) env.getSource()).get("id"),
                Role.SUPPLIER));
    }

    /** Wires each field of {@code RoleProfile} to read its answer. */
    TypeRuntimeWiring.Builder wireRoleProfile(TypeRuntimeWiring.Builder roleProfile) {
        return roleFields.wire(roleProfile);
    }

    /**
     * A buyer's suppliers (each with what was awarded to it), or a supplier's buyers (each with what it awarded to
     * this supplier), ranked by count or by that amount.
     */
    private static Aggregation<List<Group>> counterparties(Map<String, Object> arguments,
                                                           Map<String, Object> profile) {
        OrderInput.RankingChoice ranking = OrderInput.ranking(arguments.get("orderBy"));
        int first = OrderInput.first(arguments.get("first"), 10);
        return role(profile) == Role.SUPPLIER
                ? Aggregation.topBuyers(ranking.ranking(), ranking.currency(), first, amounts(profile))
                : Aggregation.topSuppliers(ranking.ranking(), ranking.currency(), first);
    }

    private static Map<String, Object> profile(String orgId, Role role) {
        Map<String, Object> profile = new HashMap<>();
        ProcessFilter.Builder filter = ProcessFilter.builder();
        profile.put(FILTER, role == Role.BUYER ? filter.buyerId(Optional.of(orgId)).build()
                : filter.supplierId(Optional.of(orgId)).build());
        profile.put(ROLE, role);
        profile.put(ORG_ID, orgId);
        return profile;
    }

    /** As buyer, the amounts of its processes; as supplier, the awards to it. */
    private static Amounts amounts(Map<String, Object> profile) {
        return role(profile) == Role.BUYER ? Amounts.ALL : Amounts.awardedTo(orgId(profile));
    }

    private static Role role(Map<String, Object> profile) {
        return (Role) profile.get(ROLE);
    }

    private static Role counterpart(Map<String, Object> profile) {
        return role(profile) == Role.BUYER ? Role.SUPPLIER : Role.BUYER;
    }

    private static String orgId(Map<String, Object> profile) {
        return (String) profile.get(ORG_ID);
    }

    private static Map<String, Object> view(Organization organization) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", organization.id());
        view.put("evidence", organization.evidence());
        view.put("rfc", OrganizationIdentity.rfcOf(organization.id()).orElse(null));
        view.put("names", organization.names());
        view.put("identifiers", organization.identifiers());
        return view;
    }
}
