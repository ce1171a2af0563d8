package org.ocdsnacional.api;

import graphql.schema.DataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ocdsnacional.indexer.ingest.Money;
import org.ocdsnacional.indexer.query.Aggregation;
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
 * that selects the organization's processes in that role; the aggregations its fields ask are answered by one
 * search ({@link SearchedFields}).
 */
final class OrganizationFetchers {

    private static final String FILTER = SearchedFields.FILTER;
    private static final String ROLE = "_role";

    private final ApiBackend backend;
    private final SearchedFields roleFields;

    OrganizationFetchers(ApiBackend backend) {
        this.backend = backend;
        this.roleFields = new SearchedFields(backend)
                .field("processCount", (arguments, profile) -> Aggregation.totals(), Group::processes)
                .field("awarded", (arguments, profile) -> awarded(profile), Views::money)
                .field("byState", (arguments, profile) -> Aggregation.groups(Dimension.STATE, DateField.RELEASE,
                        40), Views::groups)
                .field("byYear", (arguments, profile) -> Aggregation.groups(Dimension.YEAR,
                        DateField.valueOf(FilterInput.valueOr(arguments, "date", "RELEASE")), 100),
                        Views::groups)
                .field("counterparties", OrganizationFetchers::counterparties, Views::organizations);
    }

    DataFetcher<List<Map<String, Object>>> organizations() {
        return env -> {
            OrderInput.RankingChoice ranking = OrderInput.ranking(env.getArgument("orderBy"));
            Optional<Role> role = FilterInput.text(env.getArgument("role")).map(Role::valueOf);
            return Views.organizations(backend.organizations().search(FilterInput.text(env.getArgument("query")),
                    role, FilterInput.read(env.getArgument("filter"), backend.sources().get()), ranking.ranking(),
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

    /** As buyer: the amounts of its processes; as supplier: the awards to it. */
    private static Aggregation<List<Money>> awarded(Map<String, Object> profile) {
        return profile.get(ROLE) == Role.BUYER ? Aggregation.awarded()
                : Aggregation.awardedTo(filter(profile).supplierId().orElseThrow());
    }

    /** A buyer's suppliers, or a supplier's buyers. */
    private static Aggregation<List<Group>> counterparties(Map<String, Object> arguments, Map<String, Object> profile) {
        return SummaryFetchers.ranking(arguments, profile.get(ROLE) == Role.SUPPLIER);
    }

    private static Map<String, Object> profile(String orgId, Role role) {
        Map<String, Object> profile = new HashMap<>();
        ProcessFilter.Builder filter = ProcessFilter.builder();
        profile.put(FILTER, role == Role.BUYER ? filter.buyerId(Optional.of(orgId)).build()
                : filter.supplierId(Optional.of(orgId)).build());
        profile.put(ROLE, role);
        return profile;
    }

    private static ProcessFilter filter(Map<String, Object> profile) {
        return (ProcessFilter) profile.get(FILTER);
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
