package mx.ventanilla.notifications.application;

import mx.ventanilla.live.model.EventType;
import mx.ventanilla.live.model.OutboxMessage;
import mx.ventanilla.notifications.model.AssignedTurn;
import mx.ventanilla.notifications.model.AssignedTurns;
import mx.ventanilla.notifications.model.Delivery;
import mx.ventanilla.notifications.model.NotificationTexts;
import mx.ventanilla.notifications.model.PushMessage;

/**
 * Reacts to the outbox: every {@code turnAssigned} message (a turn sent, or a response returned to its recipient)
 * plans a push to the turn's holders. A sent turn's message carries its recipient unit; a returned response's does
 * not. The delivery key holds the outbox position, so each message is planned once whatever reads it.
 */
public final class NotifyingAssignedTurns {

    private final AssignedTurns turns;
    private final PlanningDeliveries planning;

    public NotifyingAssignedTurns(AssignedTurns turns, PlanningDeliveries planning) {
        this.turns = turns;
        this.planning = planning;
    }

    public void onMessage(OutboxMessage message) {
        if (message.type() != EventType.TURN_ASSIGNED || message.turnId().isEmpty()) {
            return;
        }
        turns.find(message.turnId().get()).ifPresent(turn -> plan(message, turn));
    }

    private void plan(OutboxMessage message, AssignedTurn turn) {
        AssignedTurn asSent = message.isReserved() ? withGrants(turn, message) : turn;
        PushMessage push = message.summary().recipientUnitId().isPresent()
                ? NotificationTexts.newTurn(asSent)
                : NotificationTexts.returnedResponse(asSent);
        planning.plan(asSent, "turn:" + message.sequence(), Delivery.Reason.TURN_ASSIGNED, push);
    }

    private static AssignedTurn withGrants(AssignedTurn turn, OutboxMessage message) {
        return new AssignedTurn(turn.turnId(), turn.correspondenceId(), turn.folio(), turn.subject(),
                turn.recipientUnitId(), turn.recipientUserId(), message.grants(), turn.dueDate(), turn.yellowFrom());
    }
}
