package mx.ventanilla.signin.model;

import java.time.Instant;
import java.util.Optional;

/** Stored refresh tokens (port; the {@code refresh_tokens} collection). */
public interface RefreshTokens {

    void insert(RefreshToken token);

    Optional<RefreshToken> findByHash(String hash);

    /**
     * Marks a token as exchanged, only if it is neither rotated nor revoked yet: of two concurrent exchanges exactly
     * one wins.
     *
     * @return whether this call marked it
     */
    boolean markRotated(String hash, Instant at);

    /** Revokes every token of a session that is not revoked yet; returns how many live tokens it ended. */
    int revokeFamily(String familyId, Instant at);

    /** Revokes every token of a user's sessions; returns how many sessions were still live. */
    int revokeAllOfUser(String userId, Instant at);

    /** Whether any of the user's tokens was revoked (a session ended) at or after {@code since}. */
    boolean anyRevokedSince(String userId, Instant since);

    /** Whether the user holds a live session: a token neither rotated nor revoked that has not expired by {@code now}. */
    boolean hasLiveSession(String userId, Instant now);
}
