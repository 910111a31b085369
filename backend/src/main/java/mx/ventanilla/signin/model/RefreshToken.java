package mx.ventanilla.signin.model;

import java.time.Instant;
import java.util.Optional;

/**
 * A stored refresh token. Only the SHA-256 of the token is kept; the token itself exists only in the client.
 *
 * @param hash          hex SHA-256 of the token
 * @param userId        whose session it continues
 * @param familyId      the session: every token obtained by rotating this one shares it
 * @param createdAt     when it was issued
 * @param expiresAt     when it stops working if unused
 * @param rotatedAt     when it was exchanged for its successor; a second exchange means it was stolen
 * @param revokedAt     when it was revoked by sign-out, session revocation or theft detection
 * @param clientAddress where the request that obtained it came from
 */
public record RefreshToken(String hash, String userId, String familyId, Instant createdAt, Instant expiresAt,
                           Optional<Instant> rotatedAt, Optional<Instant> revokedAt, String clientAddress) {

    /** A fresh, never used token. */
    public static RefreshToken issued(String hash, String userId, String familyId, Instant now, Instant expiresAt,
                                      String clientAddress) {
        return new RefreshToken(hash, userId, familyId, now, expiresAt, Optional.empty(), Optional.empty(),
                clientAddress);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
