package mx.ventanilla.signin.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import mx.ventanilla.identity.model.PasswordHasher;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserAccounts;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.model.Session;
import mx.ventanilla.signin.model.SignInCredentials;

/**
 * Signs a staff user in with username and password and starts a session. Wrong username and wrong password get the
 * same message and cost the same time (an unknown user's attempt is checked against a dummy hash), and both count
 * towards the lockout.
 */
public final class SigningIn {

    /** The one answer to any wrong username or password. */
    public static final String WRONG_CREDENTIALS = "Wrong username or password.";
    static final int MAX_USERNAME_LENGTH = 200;
    static final int MAX_PASSWORD_LENGTH = 1024;

    private final UserAccounts users;
    private final PasswordHasher hasher;
    private final ThrottlingSignIns throttle;
    private final StartingSessions sessions;
    private final Clock clock;
    private final String dummyHash;

    public SigningIn(UserAccounts users, PasswordHasher hasher, ThrottlingSignIns throttle, StartingSessions sessions,
                     Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.clock = clock;
        this.dummyHash = hasher.hash(Secrets.newSecret().toCharArray());
    }

    public Session signIn(SignInCredentials credentials, String clientAddress) {
        String username = validUsername(credentials.username());
        validatePassword(credentials.password());
        Instant now = clock.instant();
        throttle.refuseIfLockedOut(username, clientAddress, now);
        Optional<User> user = users.findByUsername(username);
        Optional<String> hash = user.flatMap(found -> users.passwordHash(found.id()));
        boolean matches = passwordMatches(credentials.password(), hash.orElse(dummyHash));
        if (!matches || user.isEmpty() || hash.isEmpty()) {
            throttle.recordFailure(username, clientAddress, now);
            throw new UnauthenticatedException(WRONG_CREDENTIALS);
        }
        if (!user.get().active()) {
            throw new UnauthenticatedException("This account is deactivated; ask an administrator to reactivate it.");
        }
        throttle.recordSuccess(username);
        return sessions.startFamily(user.get(), clientAddress);
    }

    private boolean passwordMatches(String password, String encodedHash) {
        char[] typed = password.toCharArray();
        try {
            return hasher.matches(typed, encodedHash);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    private static String validUsername(String username) {
        String trimmed = username.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new InvalidInputException("username", "Enter your username.");
        }
        if (trimmed.length() > MAX_USERNAME_LENGTH) {
            throw new InvalidInputException("username",
                    "A username has at most " + MAX_USERNAME_LENGTH + " characters.");
        }
        return trimmed;
    }

    private static void validatePassword(String password) {
        if (password.isEmpty()) {
            throw new InvalidInputException("password", "Enter your password.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "A password has at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
    }
}
