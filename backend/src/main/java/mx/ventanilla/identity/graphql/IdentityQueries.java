package mx.ventanilla.identity.graphql;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import mx.ventanilla.identity.application.Caller;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.OrgUnitQuery;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserQuery;
import mx.ventanilla.platform.graphql.Connections;

/** The data fetchers of the identity queries; each one calls a use case with the request's caller. */
final class IdentityQueries {

    private final IdentityOperations operations;

    IdentityQueries(IdentityOperations operations) {
        this.operations = operations;
    }

    Caller me(DataFetchingEnvironment environment) {
        return operations.identifyingCaller().me(Callers.of(environment));
    }

    OrgUnit orgUnit(DataFetchingEnvironment environment) {
        return operations.readingOrganisation().orgUnit(Callers.of(environment), environment.getArgument("id"));
    }

    List<OrgUnit> orgTree(DataFetchingEnvironment environment) {
        boolean includeInactive = Boolean.TRUE.equals(environment.getArgument("includeInactive"));
        return operations.readingOrganisation().orgTree(Callers.of(environment), includeInactive);
    }

    Map<String, Object> orgUnits(DataFetchingEnvironment environment) {
        Connections.PageRequest page = Connections.pageRequest(environment);
        Inputs filter = Inputs.of(environment.getArgument("filter"));
        OrgUnitQuery.Builder query = OrgUnitQuery.builder(page.first() + 1);
        filter.ifString("parentId", query::parent);
        filter.kind("kind").ifPresent(query::kind);
        filter.bool("active").ifPresent(query::active);
        filter.ifString("search", query::search);
        page.after().ifPresent(query::after);
        List<OrgUnit> fetched = operations.readingOrganisation().orgUnits(Callers.of(environment), query.build());
        return Connections.toConnection(Connections.Page.of(fetched, page.first()), OrgUnit::code);
    }

    User user(DataFetchingEnvironment environment) {
        return operations.readingUsers().user(Callers.of(environment), environment.getArgument("id"));
    }

    Map<String, Object> users(DataFetchingEnvironment environment) {
        Connections.PageRequest page = Connections.pageRequest(environment);
        Inputs filter = Inputs.of(environment.getArgument("filter"));
        UserQuery.Builder query = UserQuery.builder(page.first() + 1);
        boolean includeSubunits = filter.bool("includeSubunits").orElse(false);
        filter.ifString("unitId", id -> query.unit(id, includeSubunits));
        filter.role("role").ifPresent(query::role);
        filter.bool("active").ifPresent(query::active);
        filter.ifString("search", query::search);
        page.after().ifPresent(query::after);
        List<User> fetched = operations.readingUsers().users(Callers.of(environment), query.build());
        return Connections.toConnection(Connections.Page.of(fetched, page.first()), User::username);
    }
}
