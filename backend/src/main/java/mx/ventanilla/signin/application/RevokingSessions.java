package mx.ventanilla.signin.application;

import java.time.Clock;

import mx.ventanilla.identity.model.Principal;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.UserAccounts;
import mx.ventanilla.platform.error.ForbiddenException;
import mx.ventanilla.platform.error.NotFoundException;
import mx.ventanilla.signin.model.RefreshTokens;

/**
 * Ends every session of a user, e.g. after a lost phone: their refresh tokens stop working at once, and access tokens
 * already issued expire within their short lifetime. A user may end their own sessions, an administrator anyone's.
 */
public final class RevokingSessions {

    private final RefreshTokens refreshTokens;
    private final UserAccounts users;
    private final Clock clock;

    public RevokingSessions(RefreshTokens refreshTokens, UserAccounts users, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.clock = clock;
    }

    /** Returns how many sessions were still live. */
    public int revokeSessions(Principal caller, String userId) {
        boolean self = caller.kind() == Principal.Kind.USER && caller.subjectId().equals(userId);
        if (!self && !caller.hasRole(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators can end another user's sessions.");
        }
        if (users.findById(userId).isEmpty()) {
            throw new NotFoundException("No user has the id " + userId + ".");
        }
        return refreshTokens.revokeAllOfUser(userId, clock.instant());
    }
}
