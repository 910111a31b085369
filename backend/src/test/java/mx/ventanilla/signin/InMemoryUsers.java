package mx.ventanilla.signin;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserAccounts;

/** Users kept in a map, for fast tests of the use cases. */
public final class InMemoryUsers implements UserAccounts {

    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Override
    public Optional<User> findById(String id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByUsername(String username) {
        return users.values().stream().filter(user -> user.username().equals(username.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return users.values().stream().filter(user -> user.email().equals(email.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    @Override
    public Optional<String> passwordHash(String userId) {
        return Optional.ofNullable(hashes.get(userId));
    }

    public void insert(User user, Optional<String> passwordHash) {
        users.put(user.id(), user);
        passwordHash.ifPresent(hash -> hashes.put(user.id(), hash));
    }

    /** Replaces a stored user, e.g. to deactivate it. */
    public void replace(User user) {
        users.put(user.id(), user);
    }
}
