package mx.ventanilla.correspondence.model;

import java.time.LocalDate;
import java.util.Optional;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * The due-date rules of a turn: not before the day it is issued, and for a sub-turn no later than the turn it
 * comes from, so that each level down the hierarchy has time to answer the level above.
 */
public final class TurnDeadline {

    private TurnDeadline() {
    }

    public static void check(LocalDate dueDate, LocalDate issuedOn, Optional<LocalDate> parentDueDate) {
        if (dueDate.isBefore(issuedOn)) {
            throw new InvalidInputException("dueDate",
                    "The due date " + dueDate + " is before the day the turn is issued (" + issuedOn + ").");
        }
        if (parentDueDate.isPresent() && dueDate.isAfter(parentDueDate.get())) {
            throw new InvalidInputException("dueDate", "A sub-turn cannot be due after the turn it comes from: "
                    + "choose " + parentDueDate.get() + " or earlier.");
        }
    }
}
