package mx.ventanilla.correspondence.model;

import mx.ventanilla.platform.error.ConflictException;

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

    /** A new item's idempotency key is already taken by an item of the same user. */
    final class IdempotencyKeyTaken extends ConflictException {
        public IdempotencyKeyTaken() {
            super("This idempotency key was already used for another registration.");
        }
    }
}
