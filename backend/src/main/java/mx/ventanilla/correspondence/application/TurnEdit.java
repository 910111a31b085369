package mx.ventanilla.correspondence.application;

import java.time.LocalDate;
import java.util.Optional;

import mx.ventanilla.correspondence.model.Priority;
import mx.ventanilla.correspondence.model.TurnInstruction;

/** A manager's changes to a proposed turn as it is approved; whatever is left out stays as proposed. */
public record TurnEdit(String turnId, Optional<TurnInstruction> instruction, Optional<String> instructions,
                       Optional<LocalDate> dueDate, Optional<Integer> dueInBusinessDays,
                       Optional<Priority> priority) {
}
