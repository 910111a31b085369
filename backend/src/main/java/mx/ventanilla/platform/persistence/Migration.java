package mx.ventanilla.platform.persistence;

import java.util.function.Consumer;

import com.mongodb.client.MongoDatabase;

/**
 * One change to the database's shape or contents, applied once per database and recorded in the
 * {@code migrations} collection. Ids are stable forever; order of application is the order of registration.
 *
 * <p>A migration should leave the database usable if it fails halfway, because a failed migration is not recorded
 * and runs again, from the start, on the next start: write it so that running it twice does no harm (upserts,
 * {@code $setOnInsert}, "create if missing").
 */
public interface Migration {

    /** A stable id such as {@code 0001-identity-indexes}. */
    String id();

    /** One line on what it does, recorded with it. */
    String description();

    void apply(MongoDatabase database);

    /** A migration from a lambda, for the common case. */
    static Migration of(String id, String description, Consumer<MongoDatabase> change) {
        return new Migration() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply(MongoDatabase database) {
                change.accept(database);
            }

            @Override
            public String toString() {
                return id;
            }
        };
    }
}
