package mx.ventanilla.reporting.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import mx.ventanilla.calendar.model.TrafficLight;
import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnInstruction;
import mx.ventanilla.correspondence.model.TurnState;

/**
 * One line of an inbox or a turns export: the turn with the item's denormalised subject, sender and type.
 *
 * @param id               the turn's id
 * @param correspondenceId the item it routes
 * @param folio            the item's folio
 * @param subject          the item's subject
 * @param senderName       the item's sender, as shown
 * @param documentType     the item's document type
 * @param recipientUnitId  the unit it was turned to
 * @param recipientUserId  the person it names, if any
 * @param instruction      what the recipient must do
 * @param state            where the turn stands
 * @param priority         how urgent it is
 * @param issuedAt         when it was sent
 * @param dueDate          the last day to answer, in the institution's calendar
 * @param light            the traffic light today; only open turns have one
 */
public record TurnRow(String id, String correspondenceId, String folio, String subject, String senderName,
                      String documentType, String recipientUnitId, Optional<String> recipientUserId,
                      TurnInstruction instruction, TurnState state, Priority priority, Instant issuedAt,
                      LocalDate dueDate, Optional<TrafficLight> light) {

    /** The keyset position of this row; the next page starts after it. */
    public TurnPosition position() {
        return new TurnPosition(dueDate, id);
    }
}
