package mx.ventanilla.platform.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A lease on the right to run migrations, shared by every instance that starts against one database. It is a single
 * document whose {@code _id} is fixed, so the unique {@code _id} index decides who gets it, on the embedded server as
 * on a replica set. The holder renews it in the background; a holder that dies stops renewing and the lease expires,
 * after which the next instance removes it and takes its place.
 */
final class MigrationLock {

    static final String COLLECTION = "migrationLock";
    static final String LOCK_ID = "migrations";
    private static final System.Logger LOG = System.getLogger(MigrationLock.class.getName());

    private final MongoCollection<Document> locks;
    private final MigrationOptions options;
    private final String owner;

    MigrationLock(MongoDatabase database, MigrationOptions options, String owner) {
        this.locks = database.getCollection(COLLECTION);
        this.options = options;
        this.owner = owner;
    }

    /** Waits until this instance holds the lock, or throws once the wait timeout has passed. */
    Lease acquire() {
        Instant deadline = Instant.now().plus(options.waitTimeout());
        while (true) {
            if (tryInsert()) {
                return new Lease();
            }
            Optional<Document> holder = Optional.ofNullable(locks.find(Filters.eq("_id", LOCK_ID)).first());
            if (holder.isPresent() && isExpired(holder.get())) {
                removeExpired(holder.get());
                continue;
            }
            if (Instant.now().isAfter(deadline)) {
                throw timedOut(holder);
            }
            pause(options.pollInterval());
        }
    }

    private boolean tryInsert() {
        Instant now = Instant.now();
        try {
            locks.insertOne(new Document("_id", LOCK_ID)
                    .append("owner", owner)
                    .append("acquiredAt", Date.from(now))
                    .append("expiresAt", Date.from(now.plus(options.lease()))));
            return true;
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    private static boolean isExpired(Document lock) {
        Date expiresAt = lock.getDate("expiresAt");
        return expiresAt == null || expiresAt.toInstant().isBefore(Instant.now());
    }

    /** Deletes exactly the stale document seen, so that a lock just taken by someone else is never removed. */
    private void removeExpired(Document stale) {
        Bson sameLease = Filters.and(Filters.eq("_id", LOCK_ID), Filters.eq("owner", stale.get("owner")),
                Filters.eq("expiresAt", stale.get("expiresAt")));
        if (locks.deleteOne(sameLease).getDeletedCount() == 1) {
            LOG.log(System.Logger.Level.WARNING, "The migration lock of {0} expired at {1} without being released; "
                    + "taking it over.", stale.get("owner"), stale.get("expiresAt"));
        }
    }

    private MigrationLockTimeoutException timedOut(Optional<Document> holder) {
        String who = holder.map(lock -> lock.get("owner") + " (since " + lock.get("acquiredAt") + ", lease until "
                + lock.get("expiresAt") + ")").orElse("another instance");
        return new MigrationLockTimeoutException("Waited " + options.waitTimeout() + " for the migration lock held by "
                + who + ". If that instance is still migrating, let it finish and start this one again; if it is "
                + "gone, its lease expires by itself. To clear it by hand, delete the document {_id: \"" + LOCK_ID
                + "\"} from the " + COLLECTION + " collection.");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the migration lock", e);
        }
    }

    /** The held lock: renewed in the background until closed, then released. */
    final class Lease implements AutoCloseable {

        private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
                task -> Thread.ofPlatform().daemon().name("migration-lock-heartbeat").unstarted(task));
        private volatile boolean lost;

        private Lease() {
            long period = Math.max(1, options.lease().toMillis() / 3);
            heartbeat.scheduleAtFixedRate(this::renewQuietly, period, period, TimeUnit.MILLISECONDS);
        }

        /** Renews the lease now; throws when another instance has taken it, so that nothing is applied twice. */
        void requireHeld() {
            if (lost || !renew()) {
                lost = true;
                throw new IllegalStateException("This instance (" + owner + ") lost the migration lock: its lease of "
                        + options.lease() + " expired before it could be renewed, and another instance may be "
                        + "migrating. Restart to try again; if migrations are slow, give them a longer lease.");
            }
        }

        private boolean renew() {
            Bson mine = Filters.and(Filters.eq("_id", LOCK_ID), Filters.eq("owner", owner));
            Bson extended = Updates.set("expiresAt", Date.from(Instant.now().plus(options.lease())));
            return locks.updateOne(mine, extended).getMatchedCount() == 1;
        }

        private void renewQuietly() {
            try {
                if (!renew()) {
                    lost = true;
                }
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not renew the migration lock; will try again", e);
            }
        }

        @Override
        public void close() {
            heartbeat.shutdownNow();
            locks.deleteOne(Filters.and(Filters.eq("_id", LOCK_ID), Filters.eq("owner", owner)));
        }
    }
}
