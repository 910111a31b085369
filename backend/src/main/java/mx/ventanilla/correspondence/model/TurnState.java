package mx.ventanilla.correspondence.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The life of a turn: SENT → RECEIVED (opened by the recipient) → ANSWERED → CONCLUDED, or RETURNED to the recipient
 * with a reason (and answered again), or CANCELLED by the issuer. PROPOSED turns wait for a manager's approval.
 */
public enum TurnState {
    PROPOSED,
    SENT,
    RECEIVED,
    ANSWERED,
    RETURNED,
    CONCLUDED,
    CANCELLED,
    REJECTED;

    private static final Map<TurnState, Set<TurnState>> NEXT = Map.of(
            PROPOSED, EnumSet.of(SENT, REJECTED),
            SENT, EnumSet.of(RECEIVED, CANCELLED),
            RECEIVED, EnumSet.of(ANSWERED, CONCLUDED, CANCELLED),
            ANSWERED, EnumSet.of(CONCLUDED, RETURNED),
            RETURNED, EnumSet.of(ANSWERED, CANCELLED),
            CONCLUDED, EnumSet.noneOf(TurnState.class),
            CANCELLED, EnumSet.noneOf(TurnState.class),
            REJECTED, EnumSet.noneOf(TurnState.class));

    public boolean canBecome(TurnState next) {
        return NEXT.get(this).contains(next);
    }

    /** No further change is possible. */
    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /**
     * It reached its recipient at some point (it is not PROPOSED or REJECTED), so its item's audience includes the
     * recipient unit.
     */
    public boolean wasSent() {
        return this != PROPOSED && this != REJECTED;
    }

    /** Still waiting on its recipient: counts for the traffic light and the inbox. */
    public boolean isOpen() {
        return this == SENT || this == RECEIVED || this == RETURNED;
    }
}
