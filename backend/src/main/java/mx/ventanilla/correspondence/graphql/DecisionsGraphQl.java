package mx.ventanilla.correspondence.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.correspondence.application.PendingDecisions;
import mx.ventanilla.correspondence.model.DecisionPosition;
import mx.ventanilla.correspondence.model.Turn;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.graphql.Connections;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;

/**
 * The lists of pending decisions ({@code graphql/decisions.graphqls}): proposed turns to approve and responses to
 * evaluate, as connections of the correspondence feature's {@code Turn} type.
 */
public final class DecisionsGraphQl implements GraphQlModule {

    private final PendingDecisions decisions;

    public DecisionsGraphQl(PendingDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public String schemaResource() {
        return "graphql/decisions.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("proposedTurnsToApprove", env -> connection(env, decisions::proposedToApprove))
                .dataFetcher("responsesToEvaluate", env -> connection(env, decisions::responsesToEvaluate)));
    }

    private static Map<String, Object> connection(DataFetchingEnvironment env, Lister lister) {
        Connections.PageRequest page = Connections.pageRequest(env);
        List<Turn> fetched = lister.list(caller(env), page.first(), page.after().map(DecisionPosition::parse));
        return Connections.toConnection(Connections.Page.of(fetched, page.first()),
                turn -> DecisionPosition.of(turn).encode());
    }

    private static Principal caller(DataFetchingEnvironment env) {
        return env.getGraphQlContext().<RequestContext>get(RequestContext.class).requirePrincipal();
    }

    @FunctionalInterface
    private interface Lister {
        List<Turn> list(Principal caller, int first, Optional<DecisionPosition> after);
    }
}
