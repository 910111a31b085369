package mx.ventanilla.correspondence.application;

import java.time.LocalDate;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnInstruction;

/**
 * One turn as requested: to whom, what for and by when. The due date is given either as a date or as a number of
 * business days from today, never both; the priority defaults to the item's.
 */
public record TurnRequest(String recipientUnitId, Optional<String> recipientUserId, TurnInstruction instruction,
                          Optional<String> instructions, Optional<LocalDate> dueDate,
                          Optional<Integer> dueInBusinessDays, Optional<Priority> priority) {
}
