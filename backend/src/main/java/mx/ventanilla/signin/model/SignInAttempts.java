package mx.ventanilla.signin.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins and the lockouts they caused, shared by every instance (port; the {@code sign_in_attempts}
 * collection). A key names what is throttled: a username or a client address.
 */
public interface SignInAttempts {

    /** Records one failure, forgotten after {@code forgetAt}. */
    void recordFailure(String key, Instant at, Instant forgetAt);

    long countFailuresSince(String key, Instant since);

    void clearFailures(String key);

    void lock(String key, Instant until);

    /** The end of the key's lockout, when it is locked at {@code now}. */
    Optional<Instant> lockedUntil(String key, Instant now);
}
