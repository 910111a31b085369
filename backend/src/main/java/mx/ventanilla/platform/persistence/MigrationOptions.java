package mx.ventanilla.platform.persistence;

import java.time.Duration;

/**
 * How the migration runner coordinates with other instances starting against the same database.
 *
 * @param lease        how long the migration lock stays valid without renewal; the holder renews it every third of
 *                     this, so only a crashed or frozen holder lets it expire
 * @param waitTimeout  how long an instance waits for another one's migrations before giving up
 * @param pollInterval how often a waiting instance looks at the lock again
 */
public record MigrationOptions(Duration lease, Duration waitTimeout, Duration pollInterval) {

    public MigrationOptions {
        requirePositive(lease, "lease");
        requirePositive(waitTimeout, "waitTimeout");
        requirePositive(pollInterval, "pollInterval");
    }

    /** One-minute lease, ten minutes of patience, a look every quarter second. */
    public static MigrationOptions defaults() {
        return new MigrationOptions(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMillis(250));
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
