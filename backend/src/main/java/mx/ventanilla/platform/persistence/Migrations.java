package mx.ventanilla.platform.persistence;

import java.time.Instant;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;

/** Applies the migrations a database has not seen yet, in order, and records each one. */
public final class Migrations {

    public static final String COLLECTION = "migrations";
    private static final System.Logger LOG = System.getLogger(Migrations.class.getName());

    private Migrations() {
    }

    /** Applies what is missing; returns the ids applied by this call. */
    public static List<String> apply(MongoDatabase database, List<Migration> migrations) {
        MongoCollection<Document> applied = database.getCollection(COLLECTION);
        return migrations.stream()
                .filter(migration -> applied.find(Filters.eq("_id", migration.id())).first() == null)
                .peek(migration -> applyOne(applied, database, migration))
                .map(Migration::id)
                .toList();
    }

    private static void applyOne(MongoCollection<Document> applied, MongoDatabase database, Migration migration) {
        LOG.log(System.Logger.Level.INFO, "Applying migration {0}: {1}", migration.id(), migration.description());
        migration.apply(database);
        applied.insertOne(new Document("_id", migration.id())
                .append("description", migration.description())
                .append("appliedAt", Instant.now()));
    }
}
