package mx.ventanilla.signin.application;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserAccounts;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.model.BearerTokenVerifier;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccounts;
import mx.ventanilla.signin.model.VerifiedToken;

/**
 * Turns a bearer token into the caller. After the token checks out, the caller is read from storage on every
 * request: roles, unit and the active flag come from there and not from the token's claims, so a deactivated user or
 * service account is refused immediately and a changed role applies at once.
 */
public final class Authenticating {

    private final BearerTokenVerifier verifier;
    private final UserAccounts users;
    private final ServiceAccounts serviceAccounts;

    public Authenticating(BearerTokenVerifier verifier, UserAccounts users, ServiceAccounts serviceAccounts) {
        this.verifier = verifier;
        this.users = users;
        this.serviceAccounts = serviceAccounts;
    }

    public Principal authenticate(String bearerToken) {
        return switch (verifier.verify(bearerToken)) {
            case VerifiedToken.OwnUserToken token -> staff(users.findById(token.userId()));
            case VerifiedToken.OwnServiceAccountToken token -> integration(token);
            case VerifiedToken.ExternalToken token -> staff(external(token));
        };
    }

    private static Principal staff(Optional<User> found) {
        User user = found.orElseThrow(() -> new UnauthenticatedException(
                "The account this token was issued to no longer exists."));
        if (!user.active()) {
            throw new UnauthenticatedException("The account this token was issued to is deactivated.");
        }
        return new Principal(user.id(), Principal.Kind.USER, user.username(), user.roles(), user.unitId(), Set.of());
    }

    private Principal integration(VerifiedToken.OwnServiceAccountToken token) {
        ServiceAccount account = serviceAccounts.findById(token.accountId())
                .filter(ServiceAccount::active)
                .orElseThrow(() -> new UnauthenticatedException(
                        "The service account this token was issued to is deactivated or deleted."));
        Set<String> stillGranted = new HashSet<>(token.scopes());
        stillGranted.retainAll(account.scopes());
        return new Principal(account.id(), Principal.Kind.SERVICE_ACCOUNT, account.clientId(), Set.of(),
                account.unitId(), stillGranted);
    }

    /** Matches the provider's account by username first, then by (verified) e-mail. */
    private Optional<User> external(VerifiedToken.ExternalToken token) {
        Optional<User> user = token.username().flatMap(users::findByUsername)
                .or(() -> token.email().flatMap(users::findByEmail));
        if (user.isEmpty()) {
            throw new UnauthenticatedException("No Ventanilla user matches this identity-provider account; ask an "
                    + "administrator to create one with the same username or e-mail address.");
        }
        return user;
    }
}
