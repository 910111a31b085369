package mx.ventanilla.signin.application;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.NotFoundException;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccounts;

/**
 * An administrator switches a service account off for good: it gets no more tokens, and the tokens it holds stop
 * working at once because every request reads the account. Deactivating an inactive account changes nothing.
 */
public final class DeactivatingServiceAccount {

    private final ServiceAccounts accounts;

    public DeactivatingServiceAccount(ServiceAccounts accounts) {
        this.accounts = accounts;
    }

    public ServiceAccount deactivate(Principal caller, String id) {
        Administration.requireAdministrator(caller);
        return accounts.deactivate(id)
                .orElseThrow(() -> new NotFoundException("No service account has the id " + id + "."));
    }
}
