package mx.ventanilla.signin;

import java.time.Clock;

import com.mongodb.client.MongoDatabase;
import io.helidon.webserver.http.HttpRouting;
import mx.ventanilla.identity.model.OrgUnits;
import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.identity.model.UserAccounts;
import mx.ventanilla.platform.graphql.Authenticator;
import mx.ventanilla.platform.graphql.GraphQlModule;
import mx.ventanilla.signin.application.Authenticating;
import mx.ventanilla.signin.application.CreatingServiceAccount;
import mx.ventanilla.signin.application.DeactivatingServiceAccount;
import mx.ventanilla.signin.application.GrantingClientCredentials;
import mx.ventanilla.signin.application.ListingServiceAccounts;
import mx.ventanilla.signin.application.RefreshingSession;
import mx.ventanilla.signin.application.RevokingSessions;
import mx.ventanilla.signin.application.RotatingServiceAccountSecret;
import mx.ventanilla.signin.application.SigningIn;
import mx.ventanilla.signin.application.SigningOut;
import mx.ventanilla.signin.application.StartingSessions;
import mx.ventanilla.signin.application.ThrottlingSignIns;
import mx.ventanilla.signin.graphql.SignInGraphQl;
import mx.ventanilla.signin.infrastructure.JwtAccessTokens;
import mx.ventanilla.signin.infrastructure.JwtBearerTokenVerifier;
import mx.ventanilla.signin.infrastructure.MongoRefreshTokens;
import mx.ventanilla.signin.model.RefreshTokens;
import mx.ventanilla.signin.infrastructure.MongoServiceAccounts;
import mx.ventanilla.signin.infrastructure.MongoSignInAttempts;
import mx.ventanilla.signin.infrastructure.SigningKeys;
import mx.ventanilla.signin.web.BearerAuthenticator;
import mx.ventanilla.signin.web.JwksEndpoint;
import mx.ventanilla.signin.web.TokenEndpoint;

/**
 * Builds the sign-in feature for the composition root: the GraphQL module, the {@link Authenticator} every request
 * goes through, and the token and key-set endpoints.
 */
public final class SignInFeature {

    private final SignInGraphQl graphQl;
    private final BearerAuthenticator authenticator;
    private final TokenEndpoint tokenEndpoint;
    private final JwksEndpoint jwksEndpoint;
    private final RefreshTokens refreshTokens;

    private SignInFeature(SignInGraphQl graphQl, BearerAuthenticator authenticator, TokenEndpoint tokenEndpoint,
                          JwksEndpoint jwksEndpoint, RefreshTokens refreshTokens) {
        this.graphQl = graphQl;
        this.authenticator = authenticator;
        this.tokenEndpoint = tokenEndpoint;
        this.jwksEndpoint = jwksEndpoint;
        this.refreshTokens = refreshTokens;
    }

    /** Loads (or creates) the signing key, creates the feature's indexes and wires the use cases. */
    public static SignInFeature create(SecuritySettings settings, MongoDatabase database, UserAccounts users,
                                       OrgUnits units, PasswordHasher hasher, Clock clock) {
        SigningKeys keys = SigningKeys.loadOrCreate(settings.signingKeyFile());
        MongoRefreshTokens refreshTokens = new MongoRefreshTokens(database);
        MongoSignInAttempts attempts = new MongoSignInAttempts(database);
        MongoServiceAccounts serviceAccounts = new MongoServiceAccounts(database);
        refreshTokens.createIndexes();
        attempts.createIndexes();
        serviceAccounts.createIndexes();

        JwtAccessTokens accessTokens = new JwtAccessTokens(keys, settings.issuer(), settings.accessTokenTtl(), clock);
        JwtBearerTokenVerifier verifier = new JwtBearerTokenVerifier(keys, settings.issuer(), settings.clockSkew(),
                clock, settings.oidc());
        StartingSessions sessions = new StartingSessions(refreshTokens, accessTokens, settings.refreshTokenTtl(), clock);
        SignInGraphQl graphQl = new SignInGraphQl(new SignInGraphQl.UseCases(
                new SigningIn(users, hasher, new ThrottlingSignIns(attempts, settings.throttling()), sessions, clock),
                new RefreshingSession(refreshTokens, users, sessions, clock),
                new SigningOut(refreshTokens, clock),
                new RevokingSessions(refreshTokens, users, clock),
                new CreatingServiceAccount(serviceAccounts, units, hasher, clock),
                new RotatingServiceAccountSecret(serviceAccounts, hasher, clock),
                new DeactivatingServiceAccount(serviceAccounts),
                new ListingServiceAccounts(serviceAccounts)));
        return new SignInFeature(graphQl,
                new BearerAuthenticator(new Authenticating(verifier, users, serviceAccounts)),
                new TokenEndpoint(new GrantingClientCredentials(serviceAccounts, hasher, accessTokens)),
                new JwksEndpoint(keys.publicJwkSetJson()), refreshTokens);
    }

    public GraphQlModule graphQl() {
        return graphQl;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    /** The stored sessions, for features that need to know whether a user is still signed in somewhere. */
    public RefreshTokens refreshTokens() {
        return refreshTokens;
    }

    /** Mounts {@code POST /oauth/token} and {@code GET /.well-known/jwks.json}. */
    public void routing(HttpRouting.Builder routing) {
        routing.register(TokenEndpoint.PATH, tokenEndpoint)
                .get(JwksEndpoint.PATH, jwksEndpoint);
    }
}
