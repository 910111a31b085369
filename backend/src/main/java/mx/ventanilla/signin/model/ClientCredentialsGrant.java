package mx.ventanilla.signin.model;

import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The answer to a successful client-credentials request.
 *
 * @param accessToken the token
 * @param lifetime    how long it is accepted from now ({@code expires_in})
 * @param scopes      the scopes it carries
 */
public record ClientCredentialsGrant(AccessToken accessToken, Duration lifetime, Set<String> scopes) {

    public ClientCredentialsGrant {
        scopes = Set.copyOf(scopes);
    }

    public SortedSet<String> sortedScopes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    }
}
