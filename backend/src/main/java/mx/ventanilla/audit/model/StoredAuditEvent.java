package mx.ventanilla.audit.model;

import java.util.Optional;

/** What the store holds at one place in the chain: an event, or a document that cannot be read as one. */
public sealed interface StoredAuditEvent {

    /** A document that reads as an event (its hash may still be wrong). */
    record Readable(AuditEvent event) implements StoredAuditEvent {
    }

    /**
     * A document that does not.
     *
     * @param sequence   its sequence number, when that much is readable
     * @param storedHash its stored hash, when readable
     * @param problem    what is wrong with it
     */
    record Unreadable(Optional<Long> sequence, Optional<String> storedHash, String problem)
            implements StoredAuditEvent {
    }
}
