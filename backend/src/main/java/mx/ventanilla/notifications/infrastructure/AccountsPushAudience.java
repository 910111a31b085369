package mx.ventanilla.notifications.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.ventanilla.identity.model.Role;
import mx.ventanilla.identity.model.User;
import mx.ventanilla.identity.model.UserQuery;
import mx.ventanilla.identity.model.Users;
import mx.ventanilla.notifications.model.PushAudience;
import org.bson.Document;

/**
 * Users through the identity feature's port, sessions through the sign-in feature's {@code refresh_tokens}
 * collection: a user who ended sessions after registering a device and has none live left is silenced until they
 * sign in again.
 */
public final class MongoPushAudience implements PushAudience {

    private final Users users;
    private final MongoCollection<Document> refreshTokens;
    private final Clock clock;

    public MongoPushAudience(Users users, MongoDatabase database, Clock clock) {
        this.users = users;
        this.refreshTokens = database.getCollection("refresh_tokens");
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
        return !active || (endedSessionsSince(userId, since) && !hasLiveSession(userId));
    }

    private boolean endedSessionsSince(String userId, Instant since) {
        return refreshTokens.find(Filters.and(Filters.eq("userId", userId),
                Filters.gte("revokedAt", Date.from(since)))).limit(1).first() != null;
    }

    private boolean hasLiveSession(String userId) {
        return refreshTokens.find(Filters.and(Filters.eq("userId", userId), Filters.eq("revokedAt", null),
                Filters.eq("rotatedAt", null), Filters.gt("expiresAt", Date.from(clock.instant()))))
                .limit(1).first() != null;
    }
}
