package mx.ventanilla.audit;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;

/**
 * Test-only mutations for the audit trail to observe, and an authenticator that knows a fixed set of tokens: the
 * token is the name of the caller.
 */
final class ThingMutations implements GraphQlModule {

    static final Principal AUDITOR = user("aud-1", "ana.auditora", Role.AUDITOR);
    static final Principal ADMIN = user("adm-1", "root", Role.ADMIN);
    static final Principal OFFICER = user("off-1", "oficialia.dg", Role.OFFICER);
    static final Principal SERVICE = new Principal("sa-1", Principal.Kind.SERVICE_ACCOUNT, "portal-ciudadano",
            Set.of(), "unit-dg", Set.of("audit:read"));
    private static final Map<String, Principal> TOKENS = Map.of(
            "auditor", AUDITOR, "admin", ADMIN, "officer", OFFICER, "service", SERVICE);

    /** A thing as the mutations return it: a record with an id, as features return their model records. */
    record Thing(String id, String name) {
    }

    record CreateThingPayload(Thing thing) {
    }

    static Authenticator authenticator() {
        return header -> header.map(value -> Optional.ofNullable(TOKENS.get(value.replaceFirst("^Bearer ", "")))
                .orElseThrow(() -> new UnauthenticatedException("The token is not valid.")));
    }

    @Override
    public String schemaResource() {
        return "graphql/audit-probe.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type
                .dataFetcher("renameThing", ThingMutations::renameThing)
                .dataFetcher("createThing", environment -> new CreateThingPayload(
                        new Thing(UUID.randomUUID().toString(), environment.getArgument("name"))))
                .dataFetcher("removeThing", ThingMutations::removeThing)
                .dataFetcher("changePassword", environment -> Boolean.TRUE));
    }

    private static Thing renameThing(DataFetchingEnvironment environment) {
        Map<String, Object> input = environment.getArgument("input");
        String name = (String) input.get("name");
        if ("forbidden".equals(name)) {
            throw new ForbiddenException("Things may not be called that.");
        }
        if (name.isBlank()) {
            throw new InvalidInputException("input.name", "A thing needs a name.");
        }
        return new Thing((String) input.get("id"), name);
    }

    private static Boolean removeThing(DataFetchingEnvironment environment) {
        RequestContext context = environment.getGraphQlContext().get(RequestContext.class);
        context.requirePrincipal();
        return Boolean.TRUE;
    }

    private static Principal user(String id, String name, Role role) {
        return new Principal(id, Principal.Kind.USER, name, Set.of(role), "unit-dg", Set.of());
    }
}
