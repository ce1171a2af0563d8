package org.ocdsnacional.api;

import graphql.schema.DataFetcher;
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
 * that selects the organization's processes in that role; each of its fields is one aggregation, run only
 * when asked for.
 */
final class OrganizationFetchers {

    private static final String FILTER = "_filter";
    private static final String ROLE = "_role";

    private final ApiBackend backend;

    OrganizationFetchers(ApiBackend backend) {
        this.backend = backend;
    }

    DataFetcher<List<Map<String, Object>>> organizations() {
        return env -> {
            OrderInput.RankingChoice ranking = OrderInput.ranking(env.getArgument("orderBy"));
            Optional<Role> role = FilterInput.text(env.getArgument("role")).map(Role::valueOf);
            return Views.organizations(backend.organizations().search(FilterInput.text(env.getArgument("query")),
                    role, FilterInput.read(env.getArgument("filter")), ranking.ranking(), ranking.currency(),
                    OrderInput.first(env.getArgument("first"), 20)));
        };
    }

    DataFetcher<Map<String, Object>> organization() {
        return env -> backend.organizations().find(env.getArgument("id")).map(OrganizationFetchers::view)
                .orElse(null);
    }

    DataFetcher<Map<String, Object>> asBuyer() {
        return env -> profile((String) ((Map<?, ?>) env.getSource()).get("id"), Role.BUYER);
    }

    DataFetcher<Map<String, Object>> asSupplier() {
        return env -> profile((String) ((Map<?, ?>) env.getSource()).get("id"), Role.SUPPLIER);
    }

    DataFetcher<Object> roleCount() {
        return env -> backend.aggregations().totals(filter(env.getSource())).processes();
    }

    DataFetcher<Object> roleAwarded() {
        return env -> {
            Map<String, Object> profile = env.getSource();
            ProcessFilter filter = filter(profile);
            if (profile.get(ROLE) == Role.BUYER) {
                return Views.money(backend.aggregations().totals(filter).awarded());
            }
            return Views.money(backend.aggregations().awardedTo(filter.supplierId().orElseThrow(), filter));
        };
    }

    DataFetcher<Object> roleByState() {
        return env -> Views.groups(backend.aggregations().groups(filter(env.getSource()), Dimension.STATE,
                DateField.RELEASE, 40));
    }

    DataFetcher<Object> roleByYear() {
        return env -> Views.groups(backend.aggregations().groups(filter(env.getSource()), Dimension.YEAR,
                DateField.valueOf(String.valueOf(env.getArgumentOrDefault("date", "RELEASE"))), 100));
    }

    DataFetcher<Object> counterparties() {
        return env -> {
            Map<String, Object> profile = env.getSource();
            OrderInput.RankingChoice ranking = OrderInput.ranking(env.getArgument("orderBy"));
            int first = OrderInput.first(env.getArgument("first"), 10);
            ProcessFilter filter = filter(profile);
            List<Group> found = profile.get(ROLE) == Role.BUYER
                    ? backend.aggregations().topSuppliers(filter, ranking.ranking(), ranking.currency(), first)
                    : backend.aggregations().topBuyers(filter, ranking.ranking(), ranking.currency(), first);
            return Views.organizations(found);
        };
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
