package mx.ventanilla.platform.persistence;

import java.time.Duration;

/**
 * A migration threw. It was not recorded as applied, so it runs again on the next start; the migrations after it
 * were not attempted.
 */
public final class MigrationFailedException extends RuntimeException {

    private final String migrationId;

    MigrationFailedException(Migration migration, Duration ranFor, RuntimeException cause) {
        super("Migration " + migration.id() + " (" + migration.description() + ") failed after " + ranFor.toMillis()
                + " ms: " + cause.getMessage() + ". It was not recorded as applied and will run again on the next "
                + "start; later migrations were not attempted. Fix the cause and restart.", cause);
        this.migrationId = migration.id();
    }

    /** The id of the migration that failed. */
    public String migrationId() {
        return migrationId;
    }
}
