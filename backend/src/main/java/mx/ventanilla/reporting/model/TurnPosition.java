package mx.ventanilla.reporting.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import mx.ventanilla.platform.error.InvalidInputException;

/**
 * Where a row stands in an inbox sorted by due date, then id: the keyset a page starts after.
 *
 * @param dueDate the row's due date
 * @param id      the turn's id
 */
public record TurnPosition(LocalDate dueDate, String id) {

    private static final String SEPARATOR = "|";

    public String encode() {
        return "turn" + SEPARATOR + dueDate + SEPARATOR + id;
    }

    /** Reads a position made by {@link #encode()}; anything else is refused as a bad {@code after}. */
    public static TurnPosition parse(String position) {
        String[] parts = position.split("\\|", 3);
        if (parts.length != 3 || !parts[0].equals("turn") || parts[2].isEmpty()) {
            throw notAPosition();
        }
        try {
            return new TurnPosition(LocalDate.parse(parts[1]), parts[2]);
        } catch (DateTimeParseException e) {
            throw notAPosition();
        }
    }

    private static InvalidInputException notAPosition() {
        return new InvalidInputException("after", "The 'after' cursor does not belong to a list of turns.");
    }
}
