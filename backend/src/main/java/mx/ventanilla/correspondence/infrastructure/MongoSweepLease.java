package mx.ventanilla.correspondence.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import mx.ventanilla.correspondence.model.SweepLease;
import mx.ventanilla.platform.persistence.MongoErrors;
import org.bson.Document;

/**
 * The sweep's lease: one document in {@code objectSweepLease} ({@code _id} {@value #ID}, {@code owner} the instance,
 * {@code expiresAt}). A claim inserts it, or renews it when this instance holds it, or takes it over when it has
 * lapsed, with one conditional update; the unique {@code _id} makes one of two racing inserts fail.
 */
public final class MongoSweepLease implements SweepLease {

    public static final String COLLECTION = "objectSweepLease";
    static final String ID = "unreferenced-objects";

    private final MongoCollection<Document> leases;
    private final String owner = UUID.randomUUID().toString();
    private final Clock clock;

    public MongoSweepLease(MongoDatabase database, Clock clock) {
        this.leases = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public boolean claim(Duration length) {
        Date until = Date.from(clock.instant().plus(length));
        try {
            leases.insertOne(new Document("_id", ID).append("owner", owner).append("expiresAt", until));
            return true;
        } catch (MongoException e) {
            if (!MongoErrors.isDuplicateKey(e)) {
                throw e;
            }
        }
        return leases.updateOne(Filters.and(Filters.eq("_id", ID), Filters.or(Filters.eq("owner", owner),
                                Filters.lt("expiresAt", Date.from(clock.instant())))),
                        new Document("$set", new Document("owner", owner).append("expiresAt", until)))
                .getMatchedCount() == 1;
    }

    @Override
    public void release() {
        leases.deleteOne(Filters.and(Filters.eq("_id", ID), Filters.eq("owner", owner)));
    }
}
