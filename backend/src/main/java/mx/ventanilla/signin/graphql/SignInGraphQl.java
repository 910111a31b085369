package mx.ventanilla.signin.graphql;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.platform.graphql.Connections;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.platform.graphql.RequestContext;
import mx.ventanilla.signin.application.CreatingServiceAccount;
import mx.ventanilla.signin.application.DeactivatingServiceAccount;
import mx.ventanilla.signin.application.ListingServiceAccounts;
import mx.ventanilla.signin.application.RefreshingSession;
import mx.ventanilla.signin.application.RevokingSessions;
import mx.ventanilla.signin.application.RotatingServiceAccountSecret;
import mx.ventanilla.signin.application.SigningIn;
import mx.ventanilla.signin.application.SigningOut;
import mx.ventanilla.signin.model.NewServiceAccount;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.Session;
import mx.ventanilla.signin.model.SignInCredentials;
import mx.ventanilla.signin.model.SignedInUser;

/** Binds {@code graphql/signin.graphqls} to the sign-in use cases. */
public final class SignInGraphQl implements GraphQlModule {

    /** The use cases behind the schema. */
    public record UseCases(SigningIn signingIn, RefreshingSession refreshingSession, SigningOut signingOut,
                           RevokingSessions revokingSessions, CreatingServiceAccount creatingServiceAccount,
                           RotatingServiceAccountSecret rotatingServiceAccountSecret,
                           DeactivatingServiceAccount deactivatingServiceAccount,
                           ListingServiceAccounts listingServiceAccounts) {
    }

    private final UseCases useCases;

    public SignInGraphQl(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String schemaResource() {
        return "graphql/signin.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type
                .dataFetcher("signIn", env -> useCases.signingIn().signIn(
                        new SignInCredentials(env.getArgument("username"), env.getArgument("password")),
                        context(env).clientAddress()))
                .dataFetcher("refreshSession", env -> useCases.refreshingSession().refresh(
                        env.getArgument("refreshToken"), context(env).clientAddress()))
                .dataFetcher("signOut", env -> useCases.signingOut().signOut(env.getArgument("refreshToken")))
                .dataFetcher("revokeSessions", env -> useCases.revokingSessions().revokeSessions(
                        context(env).requirePrincipal(), env.getArgument("userId")))
                .dataFetcher("createServiceAccount", env -> useCases.creatingServiceAccount().create(
                        context(env).requirePrincipal(), newServiceAccount(env.getArgument("input"))))
                .dataFetcher("rotateServiceAccountSecret", env -> useCases.rotatingServiceAccountSecret().rotate(
                        context(env).requirePrincipal(), env.getArgument("id")))
                .dataFetcher("deactivateServiceAccount", env -> useCases.deactivatingServiceAccount().deactivate(
                        context(env).requirePrincipal(), env.getArgument("id"))));
        wiring.type("Query", type -> type.dataFetcher("serviceAccounts", this::serviceAccounts));
        wiring.type("Session", type -> type
                .dataFetcher("accessToken", env -> env.<Session>getSource().accessToken().value())
                .dataFetcher("tokenType", env -> Session.TOKEN_TYPE)
                .dataFetcher("expiresAt", env -> env.<Session>getSource().accessToken().expiresAt()));
        wiring.type("SignedInUser", type -> type.dataFetcher("roles",
                env -> env.<SignedInUser>getSource().roles().stream().map(Role::name).sorted().toList()));
        wiring.type("ServiceAccount", type -> type.dataFetcher("scopes",
                env -> List.copyOf(env.<ServiceAccount>getSource().sortedScopes())));
    }

    private Map<String, Object> serviceAccounts(DataFetchingEnvironment env) {
        Connections.PageRequest page = Connections.pageRequest(env);
        List<ServiceAccount> fetched = useCases.listingServiceAccounts().list(context(env).requirePrincipal(),
                page.after(), page.first() + 1);
        return Connections.toConnection(Connections.Page.of(fetched, page.first()), ServiceAccount::id);
    }

    @SuppressWarnings("unchecked")
    private static NewServiceAccount newServiceAccount(Map<String, Object> input) {
        return new NewServiceAccount((String) input.get("name"), (String) input.get("unitId"),
                Optional.ofNullable((List<String>) input.get("scopes")).orElse(List.of()));
    }

    private static RequestContext context(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(RequestContext.class);
    }
}
