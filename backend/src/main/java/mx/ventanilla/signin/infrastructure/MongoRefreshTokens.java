package mx.ventanilla.signin.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import mx.ventanilla.signin.model.RefreshToken;
import mx.ventanilla.signin.model.RefreshTokens;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Refresh tokens in the {@code refresh_tokens} collection:
 * {@code {_id: sha256, userId, familyId, createdAt, expiresAt, rotatedAt, revokedAt, clientAddress}}. MongoDB removes
 * expired tokens through a TTL index on {@code expiresAt} (the embedded server ignores it; expired tokens are refused
 * either way).
 */
public final class MongoRefreshTokens implements RefreshTokens {

    public static final String COLLECTION = "refresh_tokens";

    private final MongoCollection<Document> tokens;

    public MongoRefreshTokens(MongoDatabase database) {
        this.tokens = database.getCollection(COLLECTION);
    }

    /** Idempotent; called at start. */
    public void createIndexes() {
        tokens.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        tokens.createIndex(Indexes.ascending("familyId"));
        tokens.createIndex(Indexes.ascending("userId"));
    }

    @Override
    public void insert(RefreshToken token) {
        tokens.insertOne(new Document("_id", token.hash())
                .append("userId", token.userId())
                .append("familyId", token.familyId())
                .append("createdAt", Date.from(token.createdAt()))
                .append("expiresAt", Date.from(token.expiresAt()))
                .append("rotatedAt", token.rotatedAt().map(Date::from).orElse(null))
                .append("revokedAt", token.revokedAt().map(Date::from).orElse(null))
                .append("clientAddress", token.clientAddress()));
    }

    @Override
    public Optional<RefreshToken> findByHash(String hash) {
        return Optional.ofNullable(tokens.find(Filters.eq("_id", hash)).first()).map(MongoRefreshTokens::toToken);
    }

    @Override
    public boolean markRotated(String hash, Instant at) {
        Bson unused = Filters.and(Filters.eq("_id", hash), Filters.eq("rotatedAt", null), Filters.eq("revokedAt", null));
        return tokens.updateOne(unused, Updates.set("rotatedAt", Date.from(at))).getModifiedCount() == 1;
    }

    @Override
    public int revokeFamily(String familyId, Instant at) {
        return revoke(Filters.eq("familyId", familyId), at);
    }

    @Override
    public int revokeAllOfUser(String userId, Instant at) {
        return revoke(Filters.eq("userId", userId), at);
    }

    /** Revokes the live tokens first to count them (one per live session), then the exchanged ones. */
    private int revoke(Bson scope, Instant at) {
        Bson live = Filters.and(scope, Filters.eq("revokedAt", null), Filters.eq("rotatedAt", null),
                Filters.gt("expiresAt", Date.from(at)));
        long ended = tokens.updateMany(live, Updates.set("revokedAt", Date.from(at))).getModifiedCount();
        tokens.updateMany(Filters.and(scope, Filters.eq("revokedAt", null)), Updates.set("revokedAt", Date.from(at)));
        return Math.toIntExact(ended);
    }

    @Override
    public boolean anyRevokedSince(String userId, Instant since) {
        return tokens.find(Filters.and(Filters.eq("userId", userId), Filters.gte("revokedAt", Date.from(since))))
                .limit(1).first() != null;
    }

    @Override
    public boolean hasLiveSession(String userId, Instant now) {
        return tokens.find(Filters.and(Filters.eq("userId", userId), Filters.eq("revokedAt", null),
                Filters.eq("rotatedAt", null), Filters.gt("expiresAt", Date.from(now)))).limit(1).first() != null;
    }

    private static RefreshToken toToken(Document document) {
        return new RefreshToken(
                document.getString("_id"),
                document.getString("userId"),
                document.getString("familyId"),
                document.getDate("createdAt").toInstant(),
                document.getDate("expiresAt").toInstant(),
                Optional.ofNullable(document.getDate("rotatedAt")).map(Date::toInstant),
                Optional.ofNullable(document.getDate("revokedAt")).map(Date::toInstant),
                document.getString("clientAddress"));
    }
}
