package mx.ventanilla.identity.graphql;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.identity.application.Caller;
import mx.ventanilla.identity.model.OrgUnit;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/**
 * The identity API ({@code graphql/identity.graphqls}). Units reached from other objects ({@code User.unit},
 * {@code OrgUnit.parent}, {@code children}, {@code ancestors}) come through per-request data loaders, so a page of
 * users costs one query for their units, not one per user; the loaders apply the caller's visibility too.
 */
public final class IdentityGraphQl implements GraphQlModule {

    static final String UNIT_BY_ID = "identity.orgUnitById";
    static final String CHILDREN_BY_PARENT_ID = "identity.orgUnitChildrenByParentId";

    private final IdentityOperations operations;
    private final IdentityQueries queries;
    private final IdentityMutations mutations;

    public IdentityGraphQl(IdentityOperations operations) {
        this.operations = operations;
        this.queries = new IdentityQueries(operations);
        this.mutations = new IdentityMutations(operations);
    }

    @Override
    public String schemaResource() {
        return "graphql/identity.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("me", queries::me)
                .dataFetcher("orgUnit", queries::orgUnit)
                .dataFetcher("orgUnits", queries::orgUnits)
                .dataFetcher("orgTree", queries::orgTree)
                .dataFetcher("user", queries::user)
                .dataFetcher("users", queries::users));
        wiring.type("Mutation", type -> type
                .dataFetcher("createOrgUnit", mutations::createOrgUnit)
                .dataFetcher("updateOrgUnit", mutations::updateOrgUnit)
                .dataFetcher("createUser", mutations::createUser)
                .dataFetcher("updateUser", mutations::updateUser)
                .dataFetcher("setUserPassword", mutations::setUserPassword)
                .dataFetcher("importOrganisation", mutations::importOrganisation));
        wiring.type("OrgUnit", type -> type
                .dataFetcher("parent", IdentityGraphQl::parent)
                .dataFetcher("children", IdentityGraphQl::children)
                .dataFetcher("ancestors", IdentityGraphQl::ancestors)
                .dataFetcher("depth", environment -> environment.<OrgUnit>getSource().ancestorIds().size()));
        wiring.type("User", type -> type.dataFetcher("unit", IdentityGraphQl::unitOfUser));
        wiring.type("Me", type -> type
                .dataFetcher("kind", environment -> caller(environment).principal().kind().name())
                .dataFetcher("subjectId", environment -> caller(environment).principal().subjectId())
                .dataFetcher("name", environment -> caller(environment).principal().name())
                .dataFetcher("roles", environment -> caller(environment).principal().roles())
                .dataFetcher("scopes", environment -> caller(environment).principal().scopes())
                .dataFetcher("user", environment -> caller(environment).user().orElse(null))
                .dataFetcher("unit", environment -> caller(environment).unit().orElse(null)));
    }

    @Override
    public void registerDataLoaders(DataLoaderRegistry registry, RequestContext context) {
        registry.register(UNIT_BY_ID, DataLoaderFactory.<String, OrgUnit>newMappedDataLoader((Set<String> ids) ->
                CompletableFuture.completedFuture(operations.readingOrganisation()
                        .visibleUnits(context.requirePrincipal(), ids))));
        registry.register(CHILDREN_BY_PARENT_ID, DataLoaderFactory.<String, List<OrgUnit>>newMappedDataLoader(
                (Set<String> ids) -> CompletableFuture.completedFuture(operations.readingOrganisation()
                        .visibleChildren(context.requirePrincipal(), ids))));
    }

    private static Caller caller(DataFetchingEnvironment environment) {
        return environment.getSource();
    }

    private static CompletableFuture<OrgUnit> parent(DataFetchingEnvironment environment) {
        OrgUnit unit = environment.getSource();
        return unit.parentId()
                .map(id -> units(environment).load(id))
                .orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    private static CompletableFuture<List<OrgUnit>> children(DataFetchingEnvironment environment) {
        OrgUnit unit = environment.getSource();
        return environment.<String, List<OrgUnit>>getDataLoader(CHILDREN_BY_PARENT_ID).load(unit.id());
    }

    private static CompletableFuture<List<OrgUnit>> ancestors(DataFetchingEnvironment environment) {
        OrgUnit unit = environment.getSource();
        return units(environment).loadMany(unit.ancestorIds())
                .thenApply(found -> found.stream().filter(Objects::nonNull).toList());
    }

    private static CompletableFuture<OrgUnit> unitOfUser(DataFetchingEnvironment environment) {
        User user = environment.getSource();
        return units(environment).load(user.unitId());
    }

    private static DataLoader<String, OrgUnit> units(DataFetchingEnvironment environment) {
        return environment.getDataLoader(UNIT_BY_ID);
    }
}
