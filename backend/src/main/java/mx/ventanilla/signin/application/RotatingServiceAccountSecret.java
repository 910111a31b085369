package mx.ventanilla.signin.application;

import java.time.Clock;

import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.platform.error.NotFoundException;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccountWithSecret;
import mx.ventanilla.signin.model.ServiceAccounts;

/**
 * An administrator replaces a service account's secret, e.g. after a leak: the old secret stops working at once,
 * access tokens already issued run out within their short lifetime. The new secret is returned this once.
 */
public final class RotatingServiceAccountSecret {

    private final ServiceAccounts accounts;
    private final PasswordHasher hasher;
    private final Clock clock;

    public RotatingServiceAccountSecret(ServiceAccounts accounts, PasswordHasher hasher, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.clock = clock;
    }

    public ServiceAccountWithSecret rotate(Principal caller, String id) {
        Administration.requireAdministrator(caller);
        ServiceAccount account = accounts.findById(id)
                .orElseThrow(() -> new NotFoundException("No service account has the id " + id + "."));
        if (!account.active()) {
            throw new ConflictException("Service account " + account.clientId()
                    + " is deactivated; create a new one instead.");
        }
        String secret = Secrets.newSecret();
        ServiceAccount rotated = accounts.replaceSecret(id, hasher.hash(secret.toCharArray()), clock.instant())
                .orElseThrow(() -> new NotFoundException("No service account has the id " + id + "."));
        return new ServiceAccountWithSecret(rotated, secret);
    }
}
