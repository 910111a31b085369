package mx.ventanilla.correspondence.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Where a turn stands in a list of pending decisions, sorted by due date, then id: the keyset a page starts after.
 *
 * @param dueDate the turn's due date
 * @param id      the turn's id
 */
public record DecisionPosition(LocalDate dueDate, String id) {

    private static final String TAG = "decision";

    public static DecisionPosition of(Turn turn) {
        return new DecisionPosition(turn.dueDate(), turn.id());
    }

    public String encode() {
        return TAG + "|" + dueDate + "|" + id;
    }

    /** Reads a position made by {@link #encode()}; anything else is refused as a bad {@code after}. */
    public static DecisionPosition parse(String position) {
        String[] parts = position.split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals(TAG) || parts[2].isEmpty()) {
            throw notAPosition();
        }
        try {
            return new DecisionPosition(LocalDate.parse(parts[1]), parts[2]);
        } catch (DateTimeParseException e) {
            throw notAPosition();
        }
    }

    private static InvalidInputException notAPosition() {
        return new InvalidInputException("after", "The 'after' cursor does not belong to a list of pending decisions.");
    }
}
