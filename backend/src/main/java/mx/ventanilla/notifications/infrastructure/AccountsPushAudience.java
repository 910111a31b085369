package mx.ventanilla.notifications.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserQuery;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.notifications.model.PushAudience;
import mx.ventanilla.signin.model.RefreshTokens;

/**
 * Users through the identity feature's port, sessions through the sign-in feature's: a user who ended sessions after
 * registering a device and has none live left is silenced until they sign in again.
 */
public final class AccountsPushAudience implements PushAudience {

    private final Users users;
    private final RefreshTokens sessions;
    private final Clock clock;

    public AccountsPushAudience(Users users, RefreshTokens sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<String> managersOf(String unitId) {
        return users.page(UserQuery.builder(100).unit(unitId, false).role(Role.MANAGER).active(true).build())
                .stream().map(User::id).toList();
    }

    @Override
    public boolean isSilenced(String userId, Instant since) {
        boolean active = users.findById(userId).map(User::active).orElse(false);
        return !active || (sessions.anyRevokedSince(userId, since) && !sessions.hasLiveSession(userId, clock.instant()));
    }
}
