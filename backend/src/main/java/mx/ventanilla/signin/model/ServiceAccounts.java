package mx.ventanilla.signin.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Integrators' service accounts (port; the {@code service_accounts} collection). */
public interface ServiceAccounts {

    /** Inserts a new account with its secret's hash; client ids are unique. */
    void insert(ServiceAccount account, String secretHash);

    Optional<ServiceAccount> findById(String id);

    Optional<ServiceAccount> findByClientId(String clientId);

    /** The encoded hash of the account's current secret. */
    Optional<String> secretHash(String id);

    /** Replaces the secret; the old one stops working at once. Returns the updated account. */
    Optional<ServiceAccount> replaceSecret(String id, String secretHash, Instant issuedAt);

    /** Deactivates the account; returns it as it is afterwards. */
    Optional<ServiceAccount> deactivate(String id);

    /** Accounts ordered by name then id, starting after {@code after} when given. */
    List<ServiceAccount> listByName(Optional<ServiceAccount> after, int limit);
}
