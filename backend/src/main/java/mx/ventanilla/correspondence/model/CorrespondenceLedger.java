package mx.ventanilla.correspondence.model;

import mx.ventanilla.platform.error.ConflictException;
import mx.ventanilla.scans.model.ScanSet;

/**
 * Writes correspondence (port): the {@code correspondence}, {@code turns}, {@code timeline} and {@code outbox}
 * collections change together or not at all.
 */
public interface CorrespondenceLedger {

    /**
     * Commits the changes. {@link mx.ventanilla.platform.error.ConflictException} when a changed item or turn is no
     * longer at the version it was read at (someone else changed it first); {@link IdempotencyKeyTaken} when a new
     * item's idempotency key is already used by its registering user. Either way nothing is written.
     */
    void commit(Changes changes);

    /**
     * Replaces the item's scan set with {@code next} and records the event, provided the stored item still has the
     * set {@code current} was read with (compared by set id; none when {@code current} has none). The item's version
     * is not increased, so digitisation finishing in the background never makes a person's concurrent change fail.
     * Other changes never overwrite the scan set. {@link ConflictException} when the set was replaced meanwhile;
     * then nothing is written.
     */
    void replaceScans(Correspondence current, ScanSet next, CorrespondenceEvent event);

    /** A new item's idempotency key is already taken by an item of the same user. */
    final class IdempotencyKeyTaken extends ConflictException {
        public IdempotencyKeyTaken() {
            super("This idempotency key was already used for another registration.");
        }
    }
}
