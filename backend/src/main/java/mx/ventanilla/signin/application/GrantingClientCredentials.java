package mx.ventanilla.signin.application;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.signin.model.AccessTokenIssuer;
import mx.ventanilla.signin.model.ClientCredentials;
import mx.ventanilla.signin.model.ClientCredentialsGrant;
import mx.ventanilla.signin.model.OAuthError;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccounts;
import mx.ventanilla.signin.model.TokenRequestRejectedException;
import mx.ventanilla.signin.model.TokenSubject;

/**
 * The OAuth 2 client-credentials grant: a service account trades its client id and secret for an access token
 * carrying the requested scopes (all of its scopes when none are requested). Unknown clients cost the same time as
 * wrong secrets.
 */
public final class GrantingClientCredentials {

    /** RFC 6749 section 3.3: scope-token = 1*( %x21 / %x23-5B / %x5D-7E ). */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    private final ServiceAccounts accounts;
    private final PasswordHasher hasher;
    private final AccessTokenIssuer accessTokens;
    private final String dummyHash;

    public GrantingClientCredentials(ServiceAccounts accounts, PasswordHasher hasher, AccessTokenIssuer accessTokens) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.dummyHash = hasher.hash(Secrets.newSecret().toCharArray());
    }

    /**
     * @param credentials the client's id and secret
     * @param scope       the space-separated scopes asked for, when the request names any
     */
    public ClientCredentialsGrant grant(ClientCredentials credentials, Optional<String> scope) {
        ServiceAccount account = authenticate(credentials);
        Set<String> granted = grantedScopes(account, scope);
        return new ClientCredentialsGrant(accessTokens.issue(new TokenSubject.Integration(account, granted)),
                accessTokens.timeToLive(), granted);
    }

    private ServiceAccount authenticate(ClientCredentials credentials) {
        Optional<ServiceAccount> account = accounts.findByClientId(credentials.clientId());
        Optional<String> hash = account.flatMap(found -> accounts.secretHash(found.id()));
        char[] secret = credentials.clientSecret().toCharArray();
        boolean matches;
        try {
            matches = hasher.matches(secret, hash.orElse(dummyHash));
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (!matches || hash.isEmpty() || account.isEmpty() || !account.get().active()) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_CLIENT,
                    "Client authentication failed: unknown client, wrong secret or deactivated service account.");
        }
        return account.get();
    }

    private static Set<String> grantedScopes(ServiceAccount account, Optional<String> scope) {
        List<String> requested = scope.stream()
                .flatMap(text -> Arrays.stream(text.split(" ")))
                .filter(token -> !token.isEmpty())
                .toList();
        if (requested.isEmpty()) {
            return account.scopes();
        }
        if (!requested.stream().allMatch(token -> SCOPE_TOKEN.matcher(token).matches())) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_SCOPE, "The scope parameter is malformed: "
                    + "scopes are printable ASCII without quotes or backslashes, separated by single spaces.");
        }
        List<String> refused = requested.stream().filter(wanted -> !account.scopes().contains(wanted)).toList();
        if (!refused.isEmpty()) {
            throw new TokenRequestRejectedException(OAuthError.INVALID_SCOPE, "Not granted to this client: "
                    + String.join(" ", refused) + ". It may request: " + String.join(" ", account.sortedScopes()) + ".");
        }
        return new LinkedHashSet<>(requested);
    }
}
