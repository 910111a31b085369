package mx.ventanilla.signin.application;

import java.time.Clock;

import mx.ventanilla.signin.model.RefreshTokens;

/**
 * Ends the session a refresh token belongs to. It needs no access token: holding the refresh token is proof enough,
 * and a client whose access token expired must still be able to sign out.
 */
public final class SigningOut {

    private final RefreshTokens refreshTokens;
    private final Clock clock;

    public SigningOut(RefreshTokens refreshTokens, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** Whether a live session was ended; unknown and already ended tokens answer {@code false}. */
    public boolean signOut(String refreshToken) {
        if (refreshToken.isBlank()) {
            return false;
        }
        return refreshTokens.findByHash(Secrets.sha256(refreshToken))
                .map(stored -> refreshTokens.revokeFamily(stored.familyId(), clock.instant()) > 0)
                .orElse(false);
    }
}
