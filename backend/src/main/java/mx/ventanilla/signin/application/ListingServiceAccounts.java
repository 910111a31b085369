package mx.ventanilla.signin.application;

import java.util.List;
import java.util.Optional;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccounts;

/** Administrators and auditors list service accounts by name, a page at a time (keyset paging). */
public final class ListingServiceAccounts {

    private final ServiceAccounts accounts;

    public ListingServiceAccounts(ServiceAccounts accounts) {
        this.accounts = accounts;
    }

    /**
     * @param afterId the id of the last account of the previous page
     * @param limit   how many to fetch at most
     */
    public List<ServiceAccount> list(Principal caller, Optional<String> afterId, int limit) {
        Administration.requireReader(caller);
        Optional<ServiceAccount> after = afterId.map(id -> accounts.findById(id).orElseThrow(() ->
                new InvalidInputException("after", "The cursor does not point at a service account; page again "
                        + "from the start.")));
        return accounts.listByName(after, limit);
    }
}
