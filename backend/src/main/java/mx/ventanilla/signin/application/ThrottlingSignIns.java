package mx.ventanilla.signin.application;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import mx.ventanilla.signin.model.SignInAttempts;
import mx.ventanilla.signin.model.SignInThrottledException;
import mx.ventanilla.signin.model.ThrottlePolicy;

/**
 * Counts failed sign-ins per username and per client address and locks either out once it reaches its limit. It
 * never looks at whether the username exists, so a lockout says nothing about that. Keys are stored as SHA-256
 * digests: a password typed into the username field is not kept in clear.
 */
public final class ThrottlingSignIns {

    private final SignInAttempts attempts;
    private final ThrottlePolicy policy;

    public ThrottlingSignIns(SignInAttempts attempts, ThrottlePolicy policy) {
        this.attempts = attempts;
        this.policy = policy;
    }

    /** Refuses with {@link SignInThrottledException} while the username or the address is locked out. */
    public void refuseIfLockedOut(String username, String clientAddress, Instant now) {
        Optional<Instant> until = Stream.of(usernameKey(username), addressKey(clientAddress))
                .map(key -> attempts.lockedUntil(key, now))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        if (until.isPresent()) {
            throw new SignInThrottledException(until.get());
        }
    }

    public void recordFailure(String username, String clientAddress, Instant now) {
        countAndLock(usernameKey(username), policy.maxFailures(), now);
        if (policy.maxFailuresPerAddress() > 0) {
            countAndLock(addressKey(clientAddress), policy.maxFailuresPerAddress(), now);
        }
    }

    /** A successful sign-in forgets the username's failures (not the address's: one good account must not reset it). */
    public void recordSuccess(String username) {
        attempts.clearFailures(usernameKey(username));
    }

    private void countAndLock(String key, int limit, Instant now) {
        attempts.recordFailure(key, now, now.plus(policy.window()));
        if (attempts.countFailuresSince(key, now.minus(policy.window())) >= limit) {
            attempts.lock(key, now.plus(policy.lockout()));
        }
    }

    static String usernameKey(String username) {
        return Secrets.sha256("username:" + username.toLowerCase(Locale.ROOT));
    }

    static String addressKey(String clientAddress) {
        return Secrets.sha256("address:" + clientAddress);
    }
}
