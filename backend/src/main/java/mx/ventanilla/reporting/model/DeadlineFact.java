package mx.ventanilla.reporting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import mx.ventanilla.correspondence.model.TurnState;

/**
 * What statistics need of one turn to judge its timeliness.
 *
 * @param recipientUnitId the unit it was turned to
 * @param state           where it stands
 * @param issuedAt        when it was sent
 * @param dueDate         its due date
 * @param answeredAt      when it was answered
 * @param concludedAt     when it was concluded
 */
public record DeadlineFact(String recipientUnitId, TurnState state, Instant issuedAt, LocalDate dueDate,
                           Optional<Instant> answeredAt, Optional<Instant> concludedAt) {

    /** When the recipient was done with it: its response, or for turns concluded without one, the conclusion. */
    public Optional<Instant> doneAt() {
        return answeredAt.or(() -> concludedAt);
    }
}
