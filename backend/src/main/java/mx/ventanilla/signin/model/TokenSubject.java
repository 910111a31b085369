package mx.ventanilla.signin.model;

import java.util.Set;

import mx.ventanilla.identity.model.User;

/** Whom an access token is issued to. */
public sealed interface TokenSubject {

    /**
     * A staff user in a session.
     *
     * @param user      the user, as stored when the token is issued
     * @param sessionId the refresh-token family the token belongs to ({@code sid})
     */
    record StaffUser(User user, String sessionId) implements TokenSubject {
    }

    /**
     * An integrator's service account.
     *
     * @param account the account
     * @param scopes  the scopes granted to this token, a subset of the account's
     */
    record Integration(ServiceAccount account, Set<String> scopes) implements TokenSubject {

        public Integration {
            scopes = Set.copyOf(scopes);
        }
    }
}
