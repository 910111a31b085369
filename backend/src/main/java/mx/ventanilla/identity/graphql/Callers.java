package mx.ventanilla.identity.graphql;

import graphql.schema.DataFetchingEnvironment;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.graphql.RequestContext;

/** The signed-in caller of the request a data fetcher serves. */
final class Callers {

    private Callers() {
    }

    static Principal of(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<RequestContext>get(RequestContext.class).requirePrincipal();
    }
}
