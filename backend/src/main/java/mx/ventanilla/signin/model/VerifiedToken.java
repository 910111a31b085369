package mx.ventanilla.signin.model;

import java.util.Optional;
import java.util.Set;

/**
 * A bearer token whose signature, issuer, audience and lifetime have been checked, reduced to what identifies its
 * subject. Who the subject is now (active, roles, unit) is read from storage afterwards.
 */
public sealed interface VerifiedToken {

    /** One of our own tokens issued to a staff user. */
    record OwnUserToken(String userId) implements VerifiedToken {
    }

    /** One of our own tokens issued to a service account by client credentials. */
    record OwnServiceAccountToken(String accountId, Set<String> scopes) implements VerifiedToken {

        public OwnServiceAccountToken {
            scopes = Set.copyOf(scopes);
        }
    }

    /**
     * A token of the configured external OpenID Connect provider, with the claims users are matched by.
     *
     * @param subject  the provider's {@code sub}, for logs
     * @param username the configured username claim, usually {@code preferred_username}
     * @param email    the configured e-mail claim, usually {@code email}
     */
    record ExternalToken(String subject, Optional<String> username, Optional<String> email) implements VerifiedToken {
    }
}
