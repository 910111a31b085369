package mx.ventanilla.signin.model;

import java.time.Instant;

/**
 * What a successful sign-in or refresh hands to the client: an access token for API calls and a refresh token for
 * the next session. {@link #toString()} never shows either token.
 *
 * @param accessToken      short-lived ES256 JWT
 * @param refreshToken     opaque, single-use; exchanged for the next session with {@code refreshSession}
 * @param refreshExpiresAt when the refresh token stops working if it is not used
 * @param user             the signed-in user
 */
public record Session(AccessToken accessToken, String refreshToken, Instant refreshExpiresAt, SignedInUser user) {

    /** The OAuth token type clients put before the access token in the {@code Authorization} header. */
    public static final String TOKEN_TYPE = "Bearer";

    @Override
    public String toString() {
        return "Session[user=" + user.username() + ", expiresAt=" + accessToken.expiresAt()
                + ", refreshExpiresAt=" + refreshExpiresAt + "]";
    }
}
