package mx.ventanilla.platform.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

/**
 * Applies the migrations a database has not seen yet, in order, and records each one in the {@code migrations}
 * collection (id, description, when it finished, how long it ran, which instance ran it).
 *
 * <p>Safe when several instances start at once: they take turns through a lease in the {@code migrationLock}
 * collection (see {@link MigrationLock}), and each one re-reads what is applied after getting its turn, so every
 * migration runs exactly once. A start that finds nothing to do does not touch the lock at all. A migration that
 * throws is reported as {@link MigrationFailedException}, is not recorded, and stops the run.
 */
public final class Migrations {

    public static final String COLLECTION = "migrations";
    public static final String LOCK_COLLECTION = MigrationLock.COLLECTION;
    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private final MongoDatabase database;
    private final MongoCollection<Document> applied;
    private final MigrationLock lock;
    private final String runner;

    private Migrations(MongoDatabase database, MigrationOptions options) {
        this.database = database;
        this.applied = database.getCollection(COLLECTION);
        this.runner = runnerName();
        this.lock = new MigrationLock(database, options, runner);
    }

    /** A runner with explicit coordination settings. */
    public static Migrations on(MongoDatabase database, MigrationOptions options) {
        return new Migrations(database, options);
    }

    /** Applies what is missing with the default settings; returns the ids applied by this call. */
    public static List<String> apply(MongoDatabase database, List<Migration> migrations) {
        return on(database, MigrationOptions.defaults()).apply(migrations);
    }

    /** What the database has recorded, oldest first. */
    public static List<AppliedMigration> applied(MongoDatabase database) {
        List<AppliedMigration> records = new ArrayList<>();
        database.getCollection(COLLECTION).find().sort(Sorts.ascending("appliedAt", "_id"))
                .forEach(document -> records.add(toApplied(document)));
        return List.copyOf(records);
    }

    /** Applies what is missing, in the order given; returns the ids applied by this call. */
    public List<String> apply(List<Migration> migrations) {
        requireDistinctIds(migrations);
        if (pending(migrations).isEmpty()) {
            return List.of();
        }
        try (MigrationLock.Lease lease = lock.acquire()) {
            List<Migration> pending = pending(migrations);
            List<String> done = new ArrayList<>();
            for (Migration migration : pending) {
                applyOne(migration, lease);
                done.add(migration.id());
            }
            LOG.log(System.Logger.Level.INFO, "Applied {0} migration(s): {1}", done.size(), done);
            return List.copyOf(done);
        }
    }

    private List<Migration> pending(List<Migration> migrations) {
        Set<String> done = new HashSet<>();
        applied.find().projection(Projections.include("_id")).forEach(document -> done.add(document.getString("_id")));
        return migrations.stream().filter(migration -> !done.contains(migration.id())).toList();
    }

    private void applyOne(Migration migration, MigrationLock.Lease lease) {
        lease.requireHeld();
        LOG.log(System.Logger.Level.INFO, "Applying migration {0}: {1}", migration.id(), migration.description());
        long started = System.nanoTime();
        try {
            migration.apply(database);
        } catch (RuntimeException e) {
            MigrationFailedException failure = new MigrationFailedException(migration, since(started), e);
            LOG.log(System.Logger.Level.ERROR, failure.getMessage(), e);
            throw failure;
        }
        Duration took = since(started);
        lease.requireHeld();
        record(migration, took);
    }

    private void record(Migration migration, Duration took) {
        try {
            applied.insertOne(new Document("_id", migration.id())
                    .append("description", migration.description())
                    .append("appliedAt", Date.from(Instant.now()))
                    .append("durationMillis", took.toMillis())
                    .append("appliedBy", runner));
        } catch (MongoException e) {
            if (MongoErrors.isDuplicateKey(e)) {
                throw new IllegalStateException("Migration " + migration.id() + " was recorded by another instance "
                        + "while this one ran it; the migration lock did not hold. Check the migrations collection.",
                        e);
            }
            throw e;
        }
    }

    private static void requireDistinctIds(List<Migration> migrations) {
        Set<String> seen = new HashSet<>();
        for (Migration migration : migrations) {
            if (migration.id().isBlank()) {
                throw new IllegalArgumentException("A migration has a blank id: " + migration.description());
            }
            if (!seen.add(migration.id())) {
                throw new IllegalArgumentException("Two migrations share the id " + migration.id());
            }
        }
    }

    private static AppliedMigration toApplied(Document document) {
        Optional<Date> appliedAt = Optional.ofNullable(document.getDate("appliedAt"));
        Object millis = document.get("durationMillis");
        return new AppliedMigration(
                document.getString("_id"),
                Optional.ofNullable(document.getString("description")).orElse(""),
                appliedAt.map(Date::toInstant).orElse(Instant.EPOCH),
                Duration.ofMillis(millis instanceof Number number ? number.longValue() : 0),
                Optional.ofNullable(document.getString("appliedBy")).orElse("unknown"));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static String runnerName() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(name -> !name.isBlank()).orElse("host");
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
