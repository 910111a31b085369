package mx.ventanilla.signin.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import mx.ventanilla.identity.model.User;
import mx.ventanilla.signin.model.AccessToken;
import mx.ventanilla.signin.model.AccessTokenIssuer;
import mx.ventanilla.signin.model.RefreshToken;
import mx.ventanilla.signin.model.RefreshTokens;
import mx.ventanilla.signin.model.Session;
import mx.ventanilla.signin.model.SignedInUser;
import mx.ventanilla.signin.model.TokenSubject;

/**
 * Hands out a session: a new refresh token (stored only as its SHA-256) in the given family and an access token.
 * Shared by signing in, which starts a family, and refreshing, which continues one.
 */
public final class StartingSessions {

    private final RefreshTokens refreshTokens;
    private final AccessTokenIssuer accessTokens;
    private final Duration refreshTokenTtl;
    private final Clock clock;

    public StartingSessions(RefreshTokens refreshTokens, AccessTokenIssuer accessTokens, Duration refreshTokenTtl,
                            Clock clock) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.refreshTokenTtl = refreshTokenTtl;
        this.clock = clock;
    }

    /** A new family: a new sign-in. */
    public Session startFamily(User user, String clientAddress) {
        return continueFamily(user, UUID.randomUUID().toString(), clientAddress);
    }

    public Session continueFamily(User user, String familyId, String clientAddress) {
        Instant now = clock.instant();
        String refreshToken = Secrets.newSecret();
        Instant refreshExpiresAt = now.plus(refreshTokenTtl);
        refreshTokens.insert(RefreshToken.issued(Secrets.sha256(refreshToken), user.id(), familyId, now,
                refreshExpiresAt, clientAddress));
        AccessToken accessToken = accessTokens.issue(new TokenSubject.StaffUser(user, familyId));
        return new Session(accessToken, refreshToken, refreshExpiresAt, SignedInUser.of(user));
    }
}
