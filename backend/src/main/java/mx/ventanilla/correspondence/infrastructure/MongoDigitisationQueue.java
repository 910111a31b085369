package mx.ventanilla.correspondence.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.ventanilla.correspondence.model.DigitisationQueue;
import mx.ventanilla.platform.persistence.MongoErrors;
import org.bson.Document;

/**
 * Leases in the {@code digitisation} collection, one document per item being digitised ({@code _id} the item's id,
 * {@code owner} the instance, {@code expiresAt}). A claim inserts the lease, or takes over one that has lapsed with a
 * compare-and-set on its owner and expiry; the unique {@code _id} makes one of two racing claims fail. Announcements
 * go to the in-process workers through {@code wakeUp}.
 */
public final class MongoDigitisationQueue implements DigitisationQueue {

    public static final String LEASES = "digitisation";

    private final MongoCollection<Document> leases;
    private final String owner = UUID.randomUUID().toString();
    private final Clock clock;
    private final Runnable wakeUp;

    public MongoDigitisationQueue(MongoDatabase database, Clock clock, Runnable wakeUp) {
        this.leases = database.getCollection(LEASES);
        this.clock = clock;
        this.wakeUp = wakeUp;
    }

    @Override
    public boolean claim(String correspondenceId, Duration lease) {
        Date now = Date.from(clock.instant());
        Date until = Date.from(clock.instant().plus(lease));
        try {
            leases.insertOne(new Document("_id", correspondenceId).append("owner", owner).append("expiresAt", until));
            return true;
        } catch (MongoException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
        }
        Document lapsed = leases.find(Filters.and(Filters.eq("_id", correspondenceId), Filters.lt("expiresAt", now)))
                .first();
        if (lapsed == null) {
            return false;
        }
        return leases.updateOne(Filters.and(Filters.eq("_id", correspondenceId),
                        Filters.eq("owner", lapsed.get("owner")), Filters.eq("expiresAt", lapsed.get("expiresAt"))),
                new Document("$set", new Document("owner", owner).append("expiresAt", until)))
                .getModifiedCount() == 1;
    }

    @Override
    public void release(String correspondenceId) {
        leases.deleteOne(Filters.and(Filters.eq("_id", correspondenceId), Filters.eq("owner", owner)));
    }

    @Override
    public void announce() {
        wakeUp.run();
    }
}
