package mx.ventanilla.signin;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import mx.ventanilla.signin.model.SignInAttempts;

/** Sign-in failures and lockouts kept in maps, for fast tests of the throttle. */
public final class InMemorySignInAttempts implements SignInAttempts {

    private final Map<String, List<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Instant> locks = new ConcurrentHashMap<>();

    @Override
    public void recordFailure(String key, Instant at, Instant forgetAt) {
        failures.computeIfAbsent(key, ignored -> new CopyOnWriteArrayList<>()).add(at);
    }

    @Override
    public long countFailuresSince(String key, Instant since) {
        return failures.getOrDefault(key, List.of()).stream().filter(at -> !at.isBefore(since)).count();
    }

    @Override
    public void clearFailures(String key) {
        failures.remove(key);
    }

    @Override
    public void lock(String key, Instant until) {
        locks.put(key, until);
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        return Optional.ofNullable(locks.get(key)).filter(until -> until.isAfter(now));
    }
}
