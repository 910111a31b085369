package mx.ventanilla.signin.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import mx.ventanilla.signin.model.SignInAttempts;
import org.bson.Document;

/**
 * Failed sign-ins and lockouts in the {@code sign_in_attempts} collection, shared by every instance:
 * {@code {_id, key, kind: "failure", at, expiresAt}} per failure and {@code {_id: "lock:" + key, key, kind: "lock",
 * until, expiresAt}} per lockout. A TTL index on {@code expiresAt} lets MongoDB forget them.
 */
public final class MongoSignInAttempts implements SignInAttempts {

    public static final String COLLECTION = "sign_in_attempts";
    private static final String FAILURE = "failure";
    private static final String LOCK = "lock";

    private final MongoCollection<Document> attempts;

    public MongoSignInAttempts(MongoDatabase database) {
        this.attempts = database.getCollection(COLLECTION);
    }

    /** Idempotent; called at start. */
    public void createIndexes() {
        attempts.createIndex(Indexes.ascending("key", "kind", "at"));
        attempts.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    @Override
    public void recordFailure(String key, Instant at, Instant forgetAt) {
        attempts.insertOne(new Document("_id", UUID.randomUUID().toString())
                .append("key", key)
                .append("kind", FAILURE)
                .append("at", Date.from(at))
                .append("expiresAt", Date.from(forgetAt)));
    }

    @Override
    public long countFailuresSince(String key, Instant since) {
        return attempts.countDocuments(Filters.and(Filters.eq("key", key), Filters.eq("kind", FAILURE),
                Filters.gte("at", Date.from(since))));
    }

    @Override
    public void clearFailures(String key) {
        attempts.deleteMany(Filters.and(Filters.eq("key", key), Filters.eq("kind", FAILURE)));
    }

    @Override
    public void lock(String key, Instant until) {
        attempts.replaceOne(Filters.eq("_id", LOCK + ":" + key), new Document("_id", LOCK + ":" + key)
                        .append("key", key)
                        .append("kind", LOCK)
                        .append("until", Date.from(until))
                        .append("expiresAt", Date.from(until)),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        return Optional.ofNullable(attempts.find(Filters.and(Filters.eq("_id", LOCK + ":" + key),
                        Filters.gt("until", Date.from(now)))).first())
                .map(lock -> lock.getDate("until").toInstant());
    }
}
