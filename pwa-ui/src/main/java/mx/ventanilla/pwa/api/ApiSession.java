package mx.ventanilla.pwa.api;

import java.time.Instant;
import java.util.List;

/**
 * A signed-in session as the API hands it out.
 *
 * @param accessToken      the bearer token, valid for minutes
 * @param expiresAt        when the access token stops being accepted
 * @param refreshToken     single-use; exchanged for the next session or sent to sign out
 * @param refreshExpiresAt when the refresh token stops working
 * @param user             who signed in
 */
public record ApiSession(String accessToken, Instant expiresAt, String refreshToken, Instant refreshExpiresAt,
                         SignedInUser user) {

    /**
     * Who signed in.
     *
     * @param id       the user's id
     * @param username the sign-in name
     * @param fullName the person's name
     * @param roles    role names such as {@code OFFICER}
     * @param unitId   the id of the user's unit
     */
    public record SignedInUser(String id, String username, String fullName, List<String> roles, String unitId) {

        public SignedInUser {
            roles = List.copyOf(roles);
        }
    }
}
