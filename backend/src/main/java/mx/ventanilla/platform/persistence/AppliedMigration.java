package mx.ventanilla.platform.persistence;

import java.time.Duration;
import java.time.Instant;

/**
 * A migration as recorded in the {@code migrations} collection once it has run to the end.
 *
 * @param id          the migration's id (the document's {@code _id})
 * @param description what it did
 * @param appliedAt   when it finished
 * @param duration    how long it ran
 * @param appliedBy   the instance that ran it (host, process and run id)
 */
public record AppliedMigration(String id, String description, Instant appliedAt, Duration duration, String appliedBy) {
}
