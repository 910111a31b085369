package mx.ventanilla.signin.application;

import java.time.Clock;
import java.time.Instant;

import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserAccounts;
import mx.ventanilla.platform.error.InvalidInputException;
import mx.ventanilla.platform.error.UnauthenticatedException;
import mx.ventanilla.signin.model.RefreshToken;
import mx.ventanilla.signin.model.RefreshTokens;
import mx.ventanilla.signin.model.Session;

/**
 * Exchanges a refresh token for a new session in the same family; the old token stops working. Presenting a token
 * that was already exchanged means two parties hold it, so the whole family is revoked and both must sign in again.
 */
public final class RefreshingSession {

    private static final System.Logger LOG = System.getLogger(RefreshingSession.class.getName());

    private final RefreshTokens refreshTokens;
    private final UserAccounts users;
    private final StartingSessions sessions;
    private final Clock clock;

    public RefreshingSession(RefreshTokens refreshTokens, UserAccounts users, StartingSessions sessions, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Session refresh(String refreshToken, String clientAddress) {
        if (refreshToken.isBlank()) {
            throw new InvalidInputException("refreshToken", "Send the refresh token you received with the session.");
        }
        Instant now = clock.instant();
        RefreshToken stored = refreshTokens.findByHash(Secrets.sha256(refreshToken))
                .orElseThrow(() -> new UnauthenticatedException(
                        "This refresh token is not one this server issued; sign in again."));
        refuseEnded(stored, now);
        if (!refreshTokens.markRotated(stored.hash(), now)) {
            throw reuse(stored, now);
        }
        User user = users.findById(stored.userId()).filter(User::active).orElseThrow(() -> {
            refreshTokens.revokeFamily(stored.familyId(), now);
            return new UnauthenticatedException("The account of this session is deactivated or deleted.");
        });
        return sessions.continueFamily(user, stored.familyId(), clientAddress);
    }

    private void refuseEnded(RefreshToken stored, Instant now) {
        if (stored.revokedAt().isPresent()) {
            throw new UnauthenticatedException("This session has ended (signed out or revoked); sign in again.");
        }
        if (stored.rotatedAt().isPresent()) {
            throw reuse(stored, now);
        }
        if (stored.isExpiredAt(now)) {
            throw new UnauthenticatedException("This refresh token has expired; sign in again.");
        }
    }

    private UnauthenticatedException reuse(RefreshToken stored, Instant now) {
        int revoked = refreshTokens.revokeFamily(stored.familyId(), now);
        LOG.log(System.Logger.Level.WARNING, "A refresh token of user {0} was used twice: session family {1} revoked "
                + "({2} live token(s) ended)", stored.userId(), stored.familyId(), revoked);
        return new UnauthenticatedException("This refresh token was already used, so it may have been copied. "
                + "Every session it belonged to has been ended; sign in again.");
    }
}
