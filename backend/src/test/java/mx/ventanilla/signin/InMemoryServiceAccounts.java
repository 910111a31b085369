package mx.ventanilla.signin;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import mx.ventanilla.signin.model.ServiceAccount;
import mx.ventanilla.signin.model.ServiceAccounts;

/** Service accounts kept in a map, for fast tests of the use cases. */
public final class InMemoryServiceAccounts implements ServiceAccounts {

    private final Map<String, ServiceAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Override
    public void insert(ServiceAccount account, String secretHash) {
        accounts.put(account.id(), account);
        hashes.put(account.id(), secretHash);
    }

    @Override
    public Optional<ServiceAccount> findById(String id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<ServiceAccount> findByClientId(String clientId) {
        return accounts.values().stream().filter(account -> account.clientId().equals(clientId)).findFirst();
    }

    @Override
    public Optional<String> secretHash(String id) {
        return Optional.ofNullable(hashes.get(id));
    }

    @Override
    public Optional<ServiceAccount> replaceSecret(String id, String secretHash, Instant issuedAt) {
        hashes.computeIfPresent(id, (key, old) -> secretHash);
        return Optional.ofNullable(accounts.computeIfPresent(id, (key, old) -> old.withSecretIssuedAt(issuedAt)));
    }

    @Override
    public Optional<ServiceAccount> deactivate(String id) {
        return Optional.ofNullable(accounts.computeIfPresent(id, (key, old) -> old.deactivated()));
    }

    @Override
    public List<ServiceAccount> listByName(Optional<ServiceAccount> after, int limit) {
        Comparator<ServiceAccount> order = Comparator.comparing(ServiceAccount::name).thenComparing(ServiceAccount::id);
        return accounts.values().stream()
                .filter(account -> after.map(last -> order.compare(account, last) > 0).orElse(true))
                .sorted(order)
                .limit(limit)
                .toList();
    }
}
