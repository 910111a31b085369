package mx.ventanilla.live.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One state change for others to hear of, as the write path stores it in the outbox.
 *
 * @param sequence         the message's position in the outbox, from the {@code outbox} sequence; 0 until appended
 * @param type             what changed
 * @param correspondenceId the item concerned
 * @param turnId           the turn concerned, for turn events
 * @param audiencePath     the units whose members, and everyone above them, may see the item
 * @param grants           for RESERVED items the only user ids who may see it, whatever their unit; empty otherwise
 * @param at               when the change happened
 * @param summary          what a subscriber is told about the item
 */
public record OutboxMessage(long sequence, EventType type, String correspondenceId, Optional<String> turnId,
                            List<String> audiencePath, List<String> grants, Instant at, EventSummary summary) {

    public OutboxMessage {
        audiencePath = List.copyOf(audiencePath);
        grants = List.copyOf(grants);
    }

    /** Reserved items name who may see them in {@code grants}. */
    public boolean isReserved() {
        return !grants.isEmpty();
    }

    public OutboxMessage withSequence(long value) {
        return new OutboxMessage(value, type, correspondenceId, turnId, audiencePath, grants, at, summary);
    }
}
