package mx.ventanilla.signin.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An integrator's account: it obtains access tokens with its client id and secret (OAuth 2 client credentials) and
 * acts within its unit, limited to its scopes.
 *
 * @param id             stable identifier, the {@code sub} of its tokens
 * @param clientId       public identifier sent with the secret
 * @param name           what the integration is, e.g. "Portal de trámites"
 * @param unitId         the unit it acts for
 * @param scopes         what it may be granted, e.g. {@code correspondence:read}
 * @param active         inactive accounts get no tokens and their tokens stop working
 * @param createdAt      when it was created
 * @param secretIssuedAt when its current secret was issued
 */
public record ServiceAccount(String id, String clientId, String name, String unitId, Set<String> scopes,
                             boolean active, Instant createdAt, Instant secretIssuedAt) {

    public ServiceAccount {
        scopes = Set.copyOf(scopes);
    }

    /** The scopes in a stable order, for display and for the space-separated {@code scope} claim. */
    public SortedSet<String> sortedScopes() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    }

    public ServiceAccount deactivated() {
        return new ServiceAccount(id, clientId, name, unitId, scopes, false, createdAt, secretIssuedAt);
    }

    public ServiceAccount withSecretIssuedAt(Instant issuedAt) {
        return new ServiceAccount(id, clientId, name, unitId, scopes, active, createdAt, issuedAt);
    }
}
