package mx.ventanilla.signin.model;

import java.time.Instant;

/**
 * A signed access token (a JWT) and when it stops being accepted. {@link #toString()} never shows the token.
 *
 * @param value     the compact JWT, sent as {@code Authorization: Bearer <value>}
 * @param expiresAt its {@code exp}
 */
public record AccessToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
